package scan

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/posture-dev/posture/parser"
)

// directivePrefix starts an inline suppression in a comment.
const directivePrefix = "posture:ignore"

// dateLayout is the form of an until= date.
const dateLayout = "2006-01-02"

// A directive is one inline suppression: an ignore comment in Terraform or
// YAML, an ARM resource's metadata.posture.ignore entry or a Kubernetes
// posture.dev/ignore annotation.
type directive struct {
	IDs    []string
	Reason string
	Until  string // YYYY-MM-DD or ""
	// Range is where the directive is written, for diagnostics.
	Range parser.Range
	// File and the lines First..Last are what a comment covers: the
	// attribute or block that starts on the line after it. A directive
	// from metadata or an annotation covers Resource instead.
	File        string
	First, Last int
	Resource    string
	// problem, when set, makes the directive inert: it is reported and
	// suppresses nothing.
	problem string
	used    map[string]bool
}

// parseDirective parses the text of a comment (without its # or //
// marker). ok is false when the comment is not a directive at all.
func parseDirective(text string) (d directive, ok bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, directivePrefix) {
		return d, false
	}
	rest := text[len(directivePrefix):]
	if rest != "" && !unicode.IsSpace(rune(rest[0])) {
		// posture:ignored, posture:ignore-file: not ours.
		return d, false
	}
	return parseDirectiveBody(rest), true
}

// parseDirectiveBody parses "ID[,ID] reason=\"...\" until=YYYY-MM-DD", the
// part after posture:ignore (and the whole of an annotation value).
func parseDirectiveBody(s string) directive {
	var d directive
	fields, err := splitFields(s)
	if err != nil {
		d.problem = err.Error()
		return d
	}
	for _, f := range fields {
		key, value, isKV := strings.Cut(f, "=")
		if !isKV {
			for _, id := range strings.Split(f, ",") {
				if id = strings.TrimSpace(id); id != "" {
					d.IDs = append(d.IDs, id)
				}
			}
			continue
		}
		value = unquote(value)
		switch key {
		case "reason":
			d.Reason = strings.TrimSpace(value)
		case "until":
			d.Until = strings.TrimSpace(value)
		default:
			d.problem = fmt.Sprintf("unknown field %q (want reason=\"...\" and optionally until=YYYY-MM-DD)", key)
			return d
		}
	}
	d.problem = d.validate()
	return d
}

// validate returns why a directive cannot suppress anything, or "".
func (d *directive) validate() string {
	if len(d.IDs) == 0 {
		return "names no policy id (write posture:ignore AZ-ST-001 reason=\"...\")"
	}
	for _, id := range d.IDs {
		if !validID(id) {
			return fmt.Sprintf("%q is not a policy id", id)
		}
	}
	if d.Reason == "" {
		return "has no reason: add reason=\"why this is accepted\""
	}
	if d.Until != "" {
		if _, err := time.Parse(dateLayout, d.Until); err != nil {
			return fmt.Sprintf("until=%s is not a date: write until=YYYY-MM-DD", d.Until)
		}
	}
	return ""
}

// expired reports whether the directive's until date lies before today.
func expired(until string, now time.Time) bool {
	if until == "" {
		return false
	}
	t, err := time.Parse(dateLayout, until)
	if err != nil {
		return false
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	return today.After(t)
}

func validID(id string) bool {
	for _, r := range id {
		if !(r == '-' || r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return id != ""
}

// splitFields splits s at white space outside double or single quotes.
func splitFields(s string) ([]string, error) {
	var out []string
	var b strings.Builder
	var quote rune
	escaped := false
	in := false
	for _, r := range s {
		switch {
		case escaped:
			b.WriteRune(r)
			escaped = false
		case quote != 0 && r == '\\' && quote == '"':
			b.WriteRune(r)
			escaped = true
		case quote != 0:
			b.WriteRune(r)
			if r == quote {
				quote = 0
			}
		case r == '"' || r == '\'':
			b.WriteRune(r)
			quote = r
			in = true
		case unicode.IsSpace(r):
			if in {
				out = append(out, b.String())
				b.Reset()
				in = false
			}
		default:
			b.WriteRune(r)
			in = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("has an unterminated %c quote", quote)
	}
	if in {
		out = append(out, b.String())
	}
	// "AZ-ST-001, AZ-ST-002": join id lists split after a comma.
	var joined []string
	for _, f := range out {
		if n := len(joined); n > 0 && strings.HasSuffix(joined[n-1], ",") && !strings.Contains(joined[n-1], "=") {
			joined[n-1] += f
			continue
		}
		joined = append(joined, f)
	}
	return joined, nil
}

// unquote removes one level of double or single quotes, resolving \" and
// \\ inside double quotes.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
		var b strings.Builder
		esc := false
		for _, r := range s {
			if !esc && r == '\\' {
				esc = true
				continue
			}
			esc = false
			b.WriteRune(r)
		}
		return b.String()
	}
	return s
}
