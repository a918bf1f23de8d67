package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/report/display"
)

// listFlag collects a repeatable flag; each value may also hold several
// comma-separated items when split is set (--skip A,B).
type listFlag struct {
	values *[]string
	split  bool
}

func (l listFlag) String() string {
	if l.values == nil {
		return ""
	}
	return strings.Join(*l.values, ",")
}

func (l listFlag) Set(v string) error {
	if l.split {
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				*l.values = append(*l.values, s)
			}
		}
		return nil
	}
	*l.values = append(*l.values, v)
	return nil
}

// parseInterleaved parses flags that may come before, between or after
// positional arguments (`posture scan infra/ --format sarif`), which the
// standard library's FlagSet stops at. "--" ends flag parsing.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseArgs parses a command's flags and arguments. When ok is false the
// command exits with code: 0 after --help, 2 after a bad flag (the flag
// package has printed why).
func parseArgs(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	pos, err := parseInterleaved(fs, args)
	if err == nil {
		return pos, 0, true
	}
	if errors.Is(err, flag.ErrHelp) {
		return nil, ExitOK, false
	}
	return nil, ExitUsage, false
}

// badUsage reports what is wrong with the command line and returns the
// usage exit code.
func badUsage(stderr io.Writer, format string, a ...any) int {
	warn(stderr, format, a...)
	return ExitUsage
}

// warn writes a message to stderr, which a CI log shows: file names and
// values in it come from the scanned tree, so they are made inert there.
func warn(stderr io.Writer, format string, a ...any) {
	msg := display.Text(fmt.Sprintf(format, a...))
	fmt.Fprintf(stderr, "posture: %s\n", display.TextGuard.String(msg))
}

// writeJSON writes v as indented JSON, guarded like the report formats:
// a CI log that shows it finds no workflow command in it.
func writeJSON(w io.Writer, v any) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.WriteString(w, display.JSONGuard.String(b.String()))
	return err
}

// registerMaxFileSize adds --max-file-size, in MiB.
func registerMaxFileSize(fs *flag.FlagSet, dst *int64) {
	fs.Func("max-file-size", fmt.Sprintf("skip files larger than `MIB` mebibytes, with a diagnostic (default %d)", parser.DefaultMaxFileSize>>20), func(v string) error {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 || n > 1<<20 {
			return fmt.Errorf("want a whole number of MiB between 1 and %d", 1<<20)
		}
		*dst = n
		return nil
	})
}

// keyValues turns k=v strings into a map, reporting the first malformed one.
func keyValues(flagName string, kvs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("%s %q: want NAME=VALUE", flagName, kv)
		}
		out[k] = v
	}
	return out, nil
}
