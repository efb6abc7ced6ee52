package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/liftoff-app/liftoff/internal/atomicfile"
)

// staleTempAge is how old a temporary file of an export must be before a
// later export into the same folder removes it: older than any export
// still writing, young enough that a crash leaves no litter for long.
const staleTempAge = time.Hour

// maxLinks is how many symbolic links WriteFile follows from the path it
// was given before it gives up (a loop of links).
const maxLinks = 40

// TargetKind names what a path is when it is not a regular file.
type TargetKind = atomicfile.Kind

// The kinds of things an export refuses to write over.
const (
	TargetDevice    = atomicfile.KindDevice
	TargetNamedPipe = atomicfile.KindNamedPipe
	TargetFolder    = atomicfile.KindFolder
	TargetSocket    = atomicfile.KindSocket
	TargetSpecial   = atomicfile.KindSpecial
)

// TargetError reports that an export was asked to write over something
// that is not a regular file, such as a device, a named pipe, a folder or
// a socket. Nothing was written and the target was left as it was.
type TargetError struct {
	// Path is what was found not to be a file: the path WriteFile was
	// given, or where its symbolic links lead.
	Path string
	// Kind is what Path is.
	Kind TargetKind
}

// Error reads, for example, "/dev/full is a device, not a file: choose a
// file name".
func (e *TargetError) Error() string {
	return fmt.Sprintf("%s is %s, not a file: choose a file name", e.Path, e.Kind)
}

// WriteFile writes a file atomically: write fills a temporary file in the
// same folder, which is synced and then renamed over the target. When
// write (or any step) fails, the temporary file is removed and the target
// is left as it was, so a failed export never leaves half a file behind.
//
// Exports are private by default: a new file gets mode 0600 (less when
// the umask takes more away), as it may hold contacts' names, e-mail
// addresses and phone numbers. A file that is replaced keeps its
// permission bits. (On Windows only the read-only bit exists.)
//
// Only a regular file is replaced: when path is a device, a named pipe, a
// folder, a socket or any other special file, WriteFile writes nothing
// and returns a *TargetError naming it.
//
// A symbolic link is followed: the export is written beside the file the
// link leads to, and replaces that file, so the link stays a link and
// shows the new content. A link that leads nowhere yet (dangling) creates
// the file it leads to. A link to something that is not a regular file is
// refused as above.
//
// Temporary files of earlier exports to the same target that were killed
// before they could clean up (".NAME.tmp-*", older than an hour) are
// removed before writing.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	target, existing, err := resolveTarget(path)
	if err != nil {
		var te *TargetError
		if errors.As(err, &te) {
			return err
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	dir, base := filepath.Dir(target), filepath.Base(target)
	prefix := "." + base + ".tmp-"
	atomicfile.RemoveStaleTemps(dir, prefix, staleTempAge)
	tmp, err := os.CreateTemp(dir, prefix+"*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp made the file 0600 less the umask: a new export stays
	// so; a replaced file keeps its own permissions.
	if existing != nil {
		if err := tmp.Chmod(existing.Mode().Perm()); err != nil && !errors.Is(err, errors.ErrUnsupported) {
			return fmt.Errorf("write %s: keep the permissions of the old file: %w", path, err)
		}
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: close: %w", path, err)
	}
	if err := os.Rename(tmpName, target); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// resolveTarget follows path through symbolic links to the file an export
// replaces. It returns that file's path and, when it exists, its
// information; a *TargetError when it is not a regular file.
func resolveTarget(path string) (string, fs.FileInfo, error) {
	target := path
	for range maxLinks {
		info, err := os.Lstat(target)
		if errors.Is(err, fs.ErrNotExist) {
			return target, nil, nil // a new file (or a missing folder, which CreateTemp reports)
		}
		if err != nil {
			return "", nil, err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if kind, refused := atomicfile.KindOf(info.Mode()); refused {
				return "", nil, &TargetError{Path: target, Kind: kind}
			}
			return target, info, nil
		}
		dest, err := os.Readlink(target)
		if err != nil {
			return "", nil, err
		}
		if !filepath.IsAbs(dest) {
			// Relative to the folder the link is in, as the system
			// reads it, even when that folder is reached through links.
			linkDir, err := filepath.EvalSymlinks(filepath.Dir(target))
			if err != nil {
				return "", nil, err
			}
			dest = filepath.Join(linkDir, dest)
		}
		target = dest
	}
	return "", nil, fmt.Errorf("more than %d symbolic links in a row (a loop?)", maxLinks)
}

// syncDir makes a rename in dir durable where the system allows it; it is
// best effort, as some systems cannot sync a directory.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	defer d.Close()
	_ = d.Sync()
}
