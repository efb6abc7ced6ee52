package strictjson

import "io"

// DecodeReaderChunks is DecodeReader reading chunk bytes at a time, so
// that a test can make it release what it has read often.
func DecodeReaderChunks(r io.Reader, v any, opts Options, chunk int) ([]Problem, error) {
	return decodeReader(r, v, opts, chunk)
}
