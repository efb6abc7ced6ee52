package strictjson

import (
	"fmt"
	"strings"
)

// Suggestion returns ` (did you mean "x"?)` naming the candidate closest
// to got, ignoring case, or "" when none is close enough: for names of up
// to 3 bytes only a difference of case counts as close, up to 6 bytes one
// edit, longer names two. An edit inserts, deletes or replaces a byte or
// swaps two neighbours.
func Suggestion(got string, candidates []string) string {
	lower := strings.ToLower(got)
	limit := 0 // how many edits a suggestion may be away
	switch {
	case len(got) >= 7:
		limit = 2
	case len(got) >= 4:
		limit = 1
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		d := editDistance(lower, strings.ToLower(c), bestDist)
		if d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" || best == got {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// editDistance returns the edit distance between a and b in bytes, where
// an edit inserts, deletes or replaces a byte or swaps two neighbours
// (optimal string alignment). Once the distance is known to reach limit it
// returns limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev2 := make([]int, len(b)+1) // row i-2
	prev := make([]int, len(b)+1)  // row i-1
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
