package storage

import (
	"encoding/binary"
	"fmt"
	"strings"
	"time"

	"github.com/liftoff-app/liftoff/planner"
)

// Buckets of schema version 6 (version 1 had all but bucketSeries,
// versions up to 5 all but bucketCases and bucketRisks). Keys are binary:
// IDs are the 16 bytes of the UUID, days are dayKey's 4 bytes, so that
// keys sort by customer, then day, then creation.
var (
	// bucketMeta holds the schema version and who created the file.
	bucketMeta = []byte("meta")
	// bucketSettings holds the one Settings value under settingsKey.
	bucketSettings = []byte("settings")
	// bucketCustomers: customer ID -> customer record (customer_record.go;
	// JSON before schema version 3).
	bucketCustomers = []byte("customers")
	// bucketEngagements: customer ID | engagement ID -> Engagement JSON.
	bucketEngagements = []byte("engagements")
	// bucketPlans: customer ID -> ActionPlan JSON (one plan per customer).
	bucketPlans = []byte("plans")
	// bucketActivities: customer ID | day | activity ID -> Activity JSON.
	bucketActivities = []byte("activities")
	// bucketActivityFacts: same key -> activityFacts, the little the
	// portfolio screen needs, so that it never decodes activities.
	bucketActivityFacts = []byte("activity-facts")
	// bucketActivityDays: day | customer ID | activity ID -> nothing; the
	// index of the quarter view across customers.
	bucketActivityDays = []byte("activity-days")
	// bucketOwners: any stored ID -> kind | customer ID [| day]: who owns an
	// engagement, plan or activity, and where an activity is filed.
	bucketOwners = []byte("owners")
	// bucketSummaries: customer ID -> accountSummary record (JSON before
	// schema version 3), what the portfolio screen needs of engagements
	// and plan.
	bucketSummaries = []byte("summaries")
	// bucketSeries: customer ID | series ID -> Series JSON, the rules of
	// recurring activities (schema version 2).
	bucketSeries = []byte("series")
	// bucketCases: customer ID | case ID -> SupportCase JSON, the
	// customer's support cases with their follow-up reminder marks
	// (schema version 6).
	bucketCases = []byte("cases")
	// bucketRisks: customer ID | risk ID -> Risk JSON, the customer's
	// risks and issues (schema version 6).
	bucketRisks = []byte("risks")

	allBuckets = [][]byte{bucketMeta, bucketSettings, bucketCustomers, bucketEngagements, bucketPlans,
		bucketActivities, bucketActivityFacts, bucketActivityDays, bucketOwners, bucketSummaries, bucketSeries,
		bucketCases, bucketRisks}
)

// casesSchema is the first schema version with the buckets of support
// cases and risks.
const casesSchema = 6

// bucketsOfVersion returns the buckets a file of schema version holds
// (from sealedSchema on, the versions whose records are checked).
func bucketsOfVersion(version int) [][]byte {
	if version < casesSchema {
		return allBuckets[:len(allBuckets)-2]
	}
	return allBuckets
}

// Keys of the meta and settings buckets.
var (
	metaSchemaKey = []byte("schema")
	// metaSchemaSealedKey holds the schema version again, sealed (see
	// sealed.go), so that a changed bit of the unsealed one is told
	// apart from a file of another version.
	metaSchemaSealedKey = []byte("schema-sealed")
	metaCreatedKey      = []byte("created")
	metaCreatedByKey    = []byte("created-by")
	metaWrittenByKey    = []byte("written-by")
	// metaContentKey holds the content sum (sealed.go): the number of
	// sealed records and the sum of their hashes.
	metaContentKey = []byte("records")
	settingsKey    = []byte("settings")
)

// ownerKind says what an ID in bucketOwners names.
type ownerKind byte

const (
	ownerCustomer   ownerKind = 'c'
	ownerEngagement ownerKind = 'e'
	ownerPlan       ownerKind = 'p'
	ownerActivity   ownerKind = 'a'
	ownerSeries     ownerKind = 's'
	ownerCase       ownerKind = 'k'
	ownerRisk       ownerKind = 'r'
)

func (k ownerKind) String() string {
	switch k {
	case ownerCustomer:
		return "customer"
	case ownerEngagement:
		return "engagement"
	case ownerPlan:
		return "action plan"
	case ownerActivity:
		return "activity"
	case ownerSeries:
		return "series"
	case ownerCase:
		return "support case"
	case ownerRisk:
		return "risk"
	}
	return fmt.Sprintf("kind %q", byte(k))
}

// withArticle returns the kind's name after "a" or "an".
func (k ownerKind) withArticle() string {
	name := k.String()
	if strings.ContainsRune("aeiou", rune(name[0])) {
		return "an " + name
	}
	return "a " + name
}

// owner is a decoded bucketOwners value.
type owner struct {
	kind     ownerKind
	customer planner.ID
	day      planner.Date // activities only
}

func (o owner) encode() []byte {
	b := make([]byte, 0, 1+16+4)
	b = append(b, byte(o.kind))
	b = append(b, o.customer[:]...)
	if o.kind == ownerActivity {
		b = append(b, dayKey(o.day)...)
	}
	return b
}

func decodeOwner(b []byte) (owner, error) {
	if len(b) < 17 {
		return owner{}, fmt.Errorf("owner record of %d bytes is too short", len(b))
	}
	o := owner{kind: ownerKind(b[0])}
	copy(o.customer[:], b[1:17])
	if o.kind == ownerActivity {
		if len(b) != 21 {
			return owner{}, fmt.Errorf("activity owner record of %d bytes, want 21", len(b))
		}
		o.day = dayFromKey(b[17:21])
	}
	return o, nil
}

// dayKey encodes a day in 4 bytes that sort like the days.
func dayKey(d planner.Date) []byte {
	b := make([]byte, 4)
	binary.BigEndian.PutUint16(b, uint16(d.Year))
	b[2], b[3] = byte(d.Month), byte(d.Day)
	return b
}

func dayFromKey(b []byte) planner.Date {
	return planner.Date{Year: int(binary.BigEndian.Uint16(b)), Month: time.Month(b[2]), Day: int(b[3])}
}

func concat(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// activityKey is the key of an activity in bucketActivities and
// bucketActivityFacts.
func activityKey(customer planner.ID, day planner.Date, id planner.ID) []byte {
	return concat(customer[:], dayKey(day), id[:])
}

// activityDayKey is the key of an activity in bucketActivityDays.
func activityDayKey(customer planner.ID, day planner.Date, id planner.ID) []byte {
	return concat(dayKey(day), customer[:], id[:])
}

func engagementKey(customer, id planner.ID) []byte { return concat(customer[:], id[:]) }

// seriesKey is the key of a series in bucketSeries.
func seriesKey(customer, id planner.ID) []byte { return concat(customer[:], id[:]) }

// caseKey is the key of a support case in bucketCases.
func caseKey(customer, id planner.ID) []byte { return concat(customer[:], id[:]) }

// riskKey is the key of a risk in bucketRisks.
func riskKey(customer, id planner.ID) []byte { return concat(customer[:], id[:]) }

// idFromKey reads the ID in the 16 bytes of key from offset at.
func idFromKey(key []byte, at int) planner.ID {
	var id planner.ID
	copy(id[:], key[at:at+16])
	return id
}
