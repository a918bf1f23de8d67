package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
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
	fmt.Fprintf(stderr, "posture: "+format+"\n", a...)
	return ExitUsage
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
