package places

import (
	"reflect"
	"strings"
	"testing"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestFoldersFollowEachPlatformsHabits(t *testing.T) {
	tests := []struct {
		name               string
		goos               string
		vars               map[string]string
		data, config, logs string
		legacy             []string
	}{
		{"Linux defaults", "linux", map[string]string{"HOME": "/home/ann"},
			"/home/ann/.local/share/Liftoff", "/home/ann/.config/Liftoff", "/home/ann/.local/state/Liftoff",
			[]string{"/home/ann/.config/Liftoff"}},
		{"Linux XDG folders", "linux", map[string]string{"HOME": "/home/ann", "XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c/", "XDG_STATE_HOME": "/s"},
			"/d/Liftoff", "/c/Liftoff", "/s/Liftoff", []string{"/c/Liftoff"}},
		{"Linux relative XDG folders are ignored", "linux", map[string]string{"HOME": "/home/ann", "XDG_DATA_HOME": "d", "XDG_CONFIG_HOME": "c"},
			"/home/ann/.local/share/Liftoff", "/home/ann/.config/Liftoff", "/home/ann/.local/state/Liftoff",
			[]string{"/home/ann/.config/Liftoff"}},
		{"FreeBSD", "freebsd", map[string]string{"HOME": "/usr/home/ann"},
			"/usr/home/ann/.local/share/Liftoff", "/usr/home/ann/.config/Liftoff", "/usr/home/ann/.local/state/Liftoff",
			[]string{"/usr/home/ann/.config/Liftoff"}},
		{"LIFTOFF_CONFIG", "linux", map[string]string{"HOME": "/home/ann", "LIFTOFF_CONFIG": "/etc/liftoff"},
			"/home/ann/.local/share/Liftoff", "/etc/liftoff", "/home/ann/.local/state/Liftoff",
			[]string{"/home/ann/.config/Liftoff"}},
		{"Windows", "windows", map[string]string{"AppData": `C:\Users\Ann\AppData\Roaming`, "LocalAppData": `C:\Users\Ann\AppData\Local`},
			`C:\Users\Ann\AppData\Roaming\Liftoff`, `C:\Users\Ann\AppData\Roaming\Liftoff`, `C:\Users\Ann\AppData\Local\Liftoff\Logs`, nil},
		{"Windows without LocalAppData", "windows", map[string]string{"AppData": `D:\Profiles\ann\`},
			`D:\Profiles\ann\Liftoff`, `D:\Profiles\ann\Liftoff`, `D:\Profiles\ann\Liftoff\Logs`, nil},
		{"macOS", "darwin", map[string]string{"HOME": "/Users/ann"},
			"/Users/ann/Library/Application Support/Liftoff", "/Users/ann/Library/Application Support/Liftoff", "/Users/ann/Library/Logs/Liftoff", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := System{GOOS: tt.goos, Getenv: env(tt.vars)}
			for _, c := range []struct {
				what string
				get  func() (string, error)
				want string
			}{{"data", s.DataDir, tt.data}, {"config", s.ConfigDir, tt.config}, {"log", s.LogDir, tt.logs}} {
				got, err := c.get()
				if err != nil || got != c.want {
					t.Errorf("%s folder %q, %v; want %q", c.what, got, err, c.want)
				}
			}
			if got := s.LegacyDataDirs(); !reflect.DeepEqual(got, tt.legacy) {
				t.Errorf("legacy data folders %q, want %q", got, tt.legacy)
			}
		})
	}
}

func TestFoldersWithoutTheirVariablesAreErrors(t *testing.T) {
	for _, goos := range []string{"linux", "windows", "darwin"} {
		s := System{GOOS: goos, Getenv: env(nil)}
		for what, get := range map[string]func() (string, error){"data": s.DataDir, "config": s.ConfigDir, "log": s.LogDir} {
			if got, err := get(); err == nil || got != "" {
				t.Errorf("%s %s folder with an empty environment: %q, %v; want an error", goos, what, got, err)
			} else if !strings.Contains(err.Error(), "is not set") {
				t.Errorf("%s %s folder: error %q does not say what is not set", goos, what, err)
			}
		}
	}
}

func TestJoin(t *testing.T) {
	tests := []struct {
		goos  string
		parts []string
		want  string
	}{
		{"linux", []string{"/home/ann/", "Liftoff", "", "x"}, "/home/ann/Liftoff/x"},
		{"windows", []string{`C:\`, "Liftoff", "Logs"}, `C:\Liftoff\Logs`},
		{"windows", []string{`\\server\share\ann`, "Liftoff"}, `\\server\share\ann\Liftoff`},
	}
	for _, tt := range tests {
		if got := (System{GOOS: tt.goos}).Join(tt.parts...); got != tt.want {
			t.Errorf("%s Join(%q) = %q, want %q", tt.goos, tt.parts, got, tt.want)
		}
	}
}
