package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The bbolt file format, as far as the checks below read it. bbolt writes
// its pages in the machine's byte order; every platform Liftoff ships for
// is little-endian.
const (
	boltMagic          = 0xED0CDAED
	boltFormatVersion  = 2
	boltPageHeaderSize = 16
	boltMetaChecksumAt = 56 // bytes of the meta covered by its checksum
	boltMetaSize       = 64
	boltElementSize    = 16
	boltNoFreelist     = ^uint64(0)
	boltInBucketSize   = 16

	boltBranchPage   = 0x01
	boltLeafPage     = 0x02
	boltMetaPage     = 0x04
	boltFreelistPage = 0x10
	boltBucketLeaf   = 0x01

	// maxNesting bounds the depth of the page walk: real trees are a few
	// levels deep, a loop in a damaged file is not.
	maxNesting = 64
)

var byteOrder = binary.LittleEndian

// fileHeader is what the valid meta page of a bbolt file says.
type fileHeader struct {
	pageSize uint64
	root     uint64 // page of the root bucket
	freelist uint64 // page of the free-page list
	pages    uint64 // high-water mark: pages below it are in use or free
	txid     uint64
	size     int64 // size of the file in bytes
	// damagedMeta is the meta page (0 or 1) that failed its checks while
	// the other one is sound, or -1. bbolt keeps two meta pages so that a
	// crash while writing one loses nothing; its next commit rewrites the
	// damaged one.
	damagedMeta int
}

// boltMeta is one decoded meta page.
type boltMeta struct {
	magic, version, pageSize   uint32
	root, freelist, pgid, txid uint64
	checksum                   uint64
	sum                        uint64 // checksum computed over the bytes
}

func decodeMeta(b []byte) (boltMeta, bool) {
	if len(b) < boltPageHeaderSize+boltMetaSize {
		return boltMeta{}, false
	}
	m := b[boltPageHeaderSize : boltPageHeaderSize+boltMetaSize]
	h := fnv.New64a()
	h.Write(m[:boltMetaChecksumAt])
	return boltMeta{
		magic:    byteOrder.Uint32(m[0:]),
		version:  byteOrder.Uint32(m[4:]),
		pageSize: byteOrder.Uint32(m[8:]),
		root:     byteOrder.Uint64(m[16:]),
		freelist: byteOrder.Uint64(m[32:]),
		pgid:     byteOrder.Uint64(m[40:]),
		txid:     byteOrder.Uint64(m[48:]),
		checksum: byteOrder.Uint64(m[56:]),
		sum:      h.Sum64(),
	}, true
}

func (m boltMeta) valid() bool {
	return m.magic == boltMagic && m.version == boltFormatVersion && m.checksum == m.sum &&
		m.pageSize >= 512 && m.pageSize <= 1<<24 && m.pageSize&(m.pageSize-1) == 0
}

// readHeader reads the meta pages of the file and checks that they
// describe a file of this size: it detects an empty file, a file that is
// not a database (text, zero bytes) and a truncated one. The error says
// what is wrong in words a user can act on.
func readHeader(f *os.File) (fileHeader, error) {
	st, err := f.Stat()
	if err != nil {
		return fileHeader{}, fmt.Errorf("read the file size: %w", err)
	}
	size := st.Size()
	switch {
	case size == 0:
		return fileHeader{}, errors.New("the file is empty (0 bytes)")
	case size < 1024:
		return fileHeader{}, fmt.Errorf("the file is too short to be a database (%d bytes)", size)
	}
	first := make([]byte, 4096)
	n, err := f.ReadAt(first, 0)
	if err != nil && !errors.Is(err, io.EOF) {
		return fileHeader{}, fmt.Errorf("read the file header: %w", err)
	}
	first = first[:n]
	meta0, _ := decodeMeta(first)
	var meta1 boltMeta
	if meta0.valid() {
		meta1 = readMetaAt(f, int64(meta0.pageSize))
	} else {
		// Without a valid first meta page the page size is unknown: try
		// every size bbolt could have used, as bbolt itself does.
		for shift := 0; shift <= 14; shift++ {
			pos := int64(1024) << shift
			if pos >= size-1024 {
				break
			}
			if m := readMetaAt(f, pos); m.valid() && int64(m.pageSize) == pos {
				meta1 = m
				break
			}
		}
	}
	chosen, ok := newestValid(meta0, meta1)
	if !ok {
		return fileHeader{}, errors.New(describeBadHeader(first, meta0))
	}
	h := fileHeader{pageSize: uint64(chosen.pageSize), root: chosen.root, freelist: chosen.freelist,
		pages: chosen.pgid, txid: chosen.txid, size: size, damagedMeta: -1}
	switch {
	case !meta0.valid():
		h.damagedMeta = 0
	case !meta1.valid():
		h.damagedMeta = 1
	}
	switch {
	case h.pages < 4:
		return fileHeader{}, fmt.Errorf("the header claims %d pages, fewer than any database has", h.pages)
	case h.pages > uint64(size)/h.pageSize:
		return fileHeader{}, fmt.Errorf("the file is %d bytes but its header counts %d pages of %d bytes: it was cut short (truncated)",
			size, h.pages, h.pageSize)
	case h.freelist == boltNoFreelist:
		return fileHeader{}, errors.New("the file has no list of free pages, which Liftoff always writes")
	case h.root < 2 || h.root >= h.pages:
		return fileHeader{}, fmt.Errorf("the root page %d lies outside the %d pages in use", h.root, h.pages)
	case h.freelist < 2 || h.freelist >= h.pages:
		return fileHeader{}, fmt.Errorf("the free-page list %d lies outside the %d pages in use", h.freelist, h.pages)
	}
	if _, err := readFreelist(f, h); err != nil {
		return fileHeader{}, err
	}
	return h, nil
}

func readMetaAt(f *os.File, pos int64) boltMeta {
	buf := make([]byte, boltPageHeaderSize+boltMetaSize)
	if _, err := f.ReadAt(buf, pos); err != nil {
		return boltMeta{}
	}
	m, _ := decodeMeta(buf)
	return m
}

// newestValid picks the meta page bbolt would use: the valid one with the
// higher transaction ID.
func newestValid(a, b boltMeta) (boltMeta, bool) {
	switch {
	case a.valid() && b.valid():
		if b.txid > a.txid {
			return b, true
		}
		return a, true
	case a.valid():
		return a, true
	case b.valid():
		return b, true
	}
	return boltMeta{}, false
}

func describeBadHeader(first []byte, m boltMeta) string {
	allZero := true
	for _, c := range first {
		if c != 0 {
			allZero = false
			break
		}
	}
	switch {
	case allZero:
		return "its header is all zero bytes (a crash or a disk fault wiped it)"
	case m.magic != boltMagic:
		return "it is not a Liftoff database (it has no database header)"
	case m.version != boltFormatVersion:
		return fmt.Sprintf("its database format version %d is not one Liftoff reads", m.version)
	}
	return "both header pages fail their checksum"
}

// readPage reads page id and its overflow pages.
func readPage(f *os.File, h fileHeader, id uint64) ([]byte, error) {
	return readPageInto(f, h, id, nil)
}

// readPageInto reads page id and its overflow pages into buf's memory
// when it is large enough: one read for a page without overflow.
func readPageInto(f *os.File, h fileHeader, id uint64, buf []byte) ([]byte, error) {
	if id < 2 || id >= h.pages {
		return nil, fmt.Errorf("page %d lies outside the %d pages in use", id, h.pages)
	}
	if uint64(cap(buf)) < h.pageSize {
		buf = make([]byte, h.pageSize)
	}
	buf = buf[:h.pageSize]
	if _, err := f.ReadAt(buf, int64(id*h.pageSize)); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	if got := byteOrder.Uint64(buf); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	overflow := uint64(byteOrder.Uint32(buf[12:]))
	if id+overflow >= h.pages {
		return nil, fmt.Errorf("page %d runs past the %d pages in use", id, h.pages)
	}
	if overflow == 0 {
		return buf, nil
	}
	size := (overflow + 1) * h.pageSize
	if uint64(cap(buf)) < size {
		buf = append(buf[:h.pageSize], make([]byte, size-h.pageSize)...)
	}
	buf = buf[:size]
	if _, err := f.ReadAt(buf[h.pageSize:], int64((id+1)*h.pageSize)); err != nil {
		return nil, fmt.Errorf("read page %d: %w", id, err)
	}
	return buf, nil
}

func pageFlags(p []byte) uint16 { return byteOrder.Uint16(p[8:]) }
func pageCount(p []byte) int    { return int(byteOrder.Uint16(p[10:])) }
func pageSpan(p []byte) uint64  { return uint64(byteOrder.Uint32(p[12:])) + 1 }

// readFreelist reads and checks the free-page list.
func readFreelist(f *os.File, h fileHeader) ([]uint64, error) {
	p, err := readPage(f, h, h.freelist)
	if err != nil {
		return nil, fmt.Errorf("free-page list: %w", err)
	}
	if pageFlags(p) != boltFreelistPage {
		return nil, fmt.Errorf("free-page list: page %d is not a free-page list (flags %#x)", h.freelist, pageFlags(p))
	}
	start, count := boltPageHeaderSize, uint64(pageCount(p))
	if count == 0xFFFF {
		count = byteOrder.Uint64(p[boltPageHeaderSize:])
		start += 8
	}
	if count > uint64(len(p)-start)/8 {
		return nil, fmt.Errorf("free-page list: %d entries do not fit its page", count)
	}
	ids := make([]uint64, count)
	for i := range ids {
		ids[i] = byteOrder.Uint64(p[start+8*i:])
		if ids[i] < 2 || ids[i] >= h.pages {
			return nil, fmt.Errorf("free-page list: free page %d lies outside the %d pages in use", ids[i], h.pages)
		}
	}
	return ids, nil
}

// pageWalk checks the page structure of a file by reading it, never by
// mapping it, so that no damage can crash the program: every page a tree
// points to lies within the file and is of the right kind, every element
// lies within its page, no page is used twice, and every page is either
// used or free. bbolt's own check (tx.Check) assumes this much.
type pageWalk struct {
	f    *os.File
	h    fileHeader
	seen []bool
	// data holds the whole file when it is small enough to read at once
	// (one read instead of one per page); else pages are read into bufs,
	// one buffer per level of the tree.
	data []byte
	bufs [][]byte
}

// walkInMemoryUpTo is the largest file the walk reads at once; a larger
// one is read page by page, which takes longer but keeps the memory use
// of the check small.
const walkInMemoryUpTo = 64 << 20

func walkPages(f *os.File, h fileHeader) error { return walkPagesUpTo(f, h, walkInMemoryUpTo) }

// walkFile reads the header of the file at path and walks its pages (see
// walkPages), returning the header.
func walkFile(path string) (fileHeader, error) {
	f, err := os.Open(path)
	if err != nil {
		return fileHeader{}, err
	}
	defer f.Close()
	h, err := readHeader(f)
	if err != nil {
		return fileHeader{}, err
	}
	return h, walkPages(f, h)
}

// walkPagesUpTo walks the pages, reading the file at once when it is no
// larger than inMemory bytes.
func walkPagesUpTo(f *os.File, h fileHeader, inMemory int64) error {
	w := &pageWalk{f: f, h: h, seen: make([]bool, h.pages)}
	if used := int64(h.pages * h.pageSize); used <= inMemory {
		w.data = make([]byte, used)
		if _, err := f.ReadAt(w.data, 0); err != nil {
			return fmt.Errorf("read the file: %w", err)
		}
	}
	w.seen[0], w.seen[1] = true, true
	free, err := readFreelist(f, h)
	if err != nil {
		return err
	}
	flp, err := w.page(h.freelist, 0)
	if err != nil {
		return err
	}
	if err := w.mark(h.freelist, pageSpan(flp)); err != nil {
		return err
	}
	for _, id := range free {
		if w.seen[id] {
			return fmt.Errorf("page %d is both free and in use", id)
		}
		w.seen[id] = true
	}
	if err := w.tree(h.root, 0); err != nil {
		return err
	}
	for id, ok := range w.seen {
		if !ok {
			return fmt.Errorf("page %d is neither in use nor free", id)
		}
	}
	return nil
}

// page returns page id with its overflow pages, checked to lie within the
// pages in use. The bytes stay valid until the next call at this depth.
func (w *pageWalk) page(id uint64, depth int) ([]byte, error) {
	if w.data == nil {
		for len(w.bufs) <= depth {
			w.bufs = append(w.bufs, nil)
		}
		p, err := readPageInto(w.f, w.h, id, w.bufs[depth][:0])
		w.bufs[depth] = p
		return p, err
	}
	if id < 2 || id >= w.h.pages {
		return nil, fmt.Errorf("page %d lies outside the %d pages in use", id, w.h.pages)
	}
	start := id * w.h.pageSize
	head := w.data[start : start+boltPageHeaderSize]
	if got := byteOrder.Uint64(head); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	overflow := uint64(byteOrder.Uint32(head[12:]))
	if id+overflow >= w.h.pages {
		return nil, fmt.Errorf("page %d runs past the %d pages in use", id, w.h.pages)
	}
	return w.data[start : start+(overflow+1)*w.h.pageSize], nil
}

func (w *pageWalk) mark(id, span uint64) error {
	for i := id; i < id+span; i++ {
		if w.seen[i] {
			return fmt.Errorf("page %d is used twice", i)
		}
		w.seen[i] = true
	}
	return nil
}

// tree walks the B+tree rooted at page id.
func (w *pageWalk) tree(id uint64, depth int) error {
	if depth > maxNesting {
		return fmt.Errorf("page %d: the tree is nested deeper than %d levels", id, maxNesting)
	}
	p, err := w.page(id, depth)
	if err != nil {
		return err
	}
	if err := w.mark(id, pageSpan(p)); err != nil {
		return err
	}
	switch pageFlags(p) {
	case boltBranchPage:
		count := pageCount(p)
		if boltPageHeaderSize+count*boltElementSize > len(p) {
			return fmt.Errorf("page %d: %d elements do not fit the page", id, count)
		}
		for i := range count {
			off := boltPageHeaderSize + i*boltElementSize
			pos, ksize := uint64(byteOrder.Uint32(p[off:])), uint64(byteOrder.Uint32(p[off+4:]))
			if uint64(off)+pos+ksize > uint64(len(p)) {
				return fmt.Errorf("page %d: element %d lies outside the page", id, i)
			}
			if err := w.tree(byteOrder.Uint64(p[off+8:]), depth+1); err != nil {
				return err
			}
		}
		return nil
	case boltLeafPage:
		return w.leaf(id, p, depth)
	}
	return fmt.Errorf("page %d is not a branch or leaf page (flags %#x)", id, pageFlags(p))
}

// leaf checks the elements of a leaf page (or of a bucket stored inline in
// a value) and walks the buckets it holds.
func (w *pageWalk) leaf(id uint64, p []byte, depth int) error {
	count := pageCount(p)
	if boltPageHeaderSize+count*boltElementSize > len(p) {
		return fmt.Errorf("page %d: %d elements do not fit the page", id, count)
	}
	for i := range count {
		off := boltPageHeaderSize + i*boltElementSize
		flags := byteOrder.Uint32(p[off:])
		pos := uint64(byteOrder.Uint32(p[off+4:]))
		ksize := uint64(byteOrder.Uint32(p[off+8:]))
		vsize := uint64(byteOrder.Uint32(p[off+12:]))
		end := uint64(off) + pos + ksize + vsize
		if end > uint64(len(p)) {
			return fmt.Errorf("page %d: element %d lies outside the page", id, i)
		}
		if flags&boltBucketLeaf == 0 {
			continue
		}
		value := p[uint64(off)+pos+ksize : end]
		if len(value) < boltInBucketSize {
			return fmt.Errorf("page %d: bucket %d has a short header", id, i)
		}
		root := byteOrder.Uint64(value)
		if root != 0 {
			if err := w.tree(root, depth+1); err != nil {
				return err
			}
			continue
		}
		inline := value[boltInBucketSize:]
		if len(inline) < boltPageHeaderSize || pageFlags(inline) != boltLeafPage {
			return fmt.Errorf("page %d: inline bucket %d is malformed", id, i)
		}
		if err := w.leaf(id, inline, depth+1); err != nil {
			return err
		}
	}
	return nil
}
