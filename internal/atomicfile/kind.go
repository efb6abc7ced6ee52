package atomicfile

import "io/fs"

// Kind names what a path is when it is not a regular file.
type Kind string

// The kinds of things that are not regular files.
const (
	KindDevice    Kind = "device"
	KindNamedPipe Kind = "pipe"
	KindFolder    Kind = "folder"
	KindSocket    Kind = "socket"
	KindSpecial   Kind = "special"
)

// String returns the kind in English words with its article, such as
// "a device".
func (k Kind) String() string {
	switch k {
	case KindDevice:
		return "a device"
	case KindNamedPipe:
		return "a named pipe"
	case KindFolder:
		return "a folder"
	case KindSocket:
		return "a socket"
	default:
		return "a special file"
	}
}

// KindOf returns what a file of mode is, and false for a regular file.
func KindOf(mode fs.FileMode) (Kind, bool) {
	switch {
	case mode.IsRegular():
		return "", false
	case mode.IsDir():
		return KindFolder, true
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		return KindDevice, true
	case mode&fs.ModeNamedPipe != 0:
		return KindNamedPipe, true
	case mode&fs.ModeSocket != 0:
		return KindSocket, true
	default:
		return KindSpecial, true
	}
}
