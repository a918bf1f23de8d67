package parser

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// SuppressionPrefix starts an inline suppression in a comment.
const SuppressionPrefix = "posture:ignore"

// SuppressionDateLayout is the form of an until= date.
const SuppressionDateLayout = "2006-01-02"

// A Suppression is one inline suppression a decoder found while reading its
// input: an ignore comment in Terraform, Bicep or YAML, an ARM resource's
// metadata.posture.ignore entry or a Kubernetes posture.dev/ignore
// annotation. The decoder only records it; the scan decides what it
// suppresses.
type Suppression struct {
	IDs    []string
	Reason string
	Until  string // YYYY-MM-DD or ""
	// Range is where the suppression is written, for diagnostics.
	Range Range
	// File and the lines First..Last are what a comment covers: the
	// attribute or block that starts on the line after it. A suppression
	// from metadata or an annotation covers Resource instead.
	File        string
	First, Last int
	Resource    string
	// Problem, when set, makes the suppression inert: it is reported and
	// suppresses nothing.
	Problem string
}

// ParseSuppressionComment parses the text of a comment (without its # or
// // marker). ok is false when the comment is not a suppression at all.
func ParseSuppressionComment(text string) (s Suppression, ok bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, SuppressionPrefix) {
		return s, false
	}
	rest := text[len(SuppressionPrefix):]
	if rest != "" && !unicode.IsSpace(rune(rest[0])) {
		// posture:ignored, posture:ignore-file: not ours.
		return s, false
	}
	return ParseSuppressionBody(rest), true
}

// ParseSuppressionBody parses "ID[,ID] reason=\"...\" until=YYYY-MM-DD",
// the part after posture:ignore (and the whole of an annotation line).
func ParseSuppressionBody(text string) Suppression {
	var s Suppression
	fields, err := splitFields(text)
	if err != nil {
		s.Problem = err.Error()
		return s
	}
	for _, f := range fields {
		key, value, isKV := strings.Cut(f, "=")
		if !isKV {
			s.IDs = append(s.IDs, SplitSuppressionIDs(f)...)
			continue
		}
		value = unquote(value)
		switch key {
		case "reason":
			s.Reason = strings.TrimSpace(value)
		case "until":
			s.Until = strings.TrimSpace(value)
		default:
			s.Problem = fmt.Sprintf("unknown field %q (want reason=\"...\" and optionally until=YYYY-MM-DD)", key)
			return s
		}
	}
	s.Problem = s.Validate()
	return s
}

// Validate returns why a suppression cannot suppress anything, or "".
func (s *Suppression) Validate() string {
	if len(s.IDs) == 0 {
		return "names no policy id (write posture:ignore AZ-ST-001 reason=\"...\")"
	}
	for _, id := range s.IDs {
		if !validID(id) {
			return fmt.Sprintf("%q is not a policy id", id)
		}
	}
	if s.Reason == "" {
		return "has no reason: add reason=\"why this is accepted\""
	}
	if s.Until != "" {
		if _, err := time.Parse(SuppressionDateLayout, s.Until); err != nil {
			return fmt.Sprintf("until=%s is not a date: write until=YYYY-MM-DD", s.Until)
		}
	}
	return ""
}

// SplitSuppressionIDs splits a comma-separated list of policy ids.
func SplitSuppressionIDs(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}

// CommentText strips the markers of a #, // or /* */ comment.
func CommentText(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "#"):
		return s[1:]
	case strings.HasPrefix(s, "//"):
		return s[2:]
	case strings.HasPrefix(s, "/*"):
		return strings.TrimSuffix(s[2:], "*/")
	}
	return s
}

// Spans records the source items (attributes, blocks, properties) of a
// file by their lines: the first line of each maps to the last line of the
// largest item starting on it.
type Spans map[int]int

// Add records an item.
func (s Spans) Add(first, last int) {
	if last < first {
		last = first
	}
	if s[first] < last {
		s[first] = last
	}
}

// Cover makes a comment cover the item that starts on line target (0: none
// follows it, which makes the suppression inert); what names the format's
// kind of item in the message.
func (s Spans) Cover(sup *Suppression, target int, what string) {
	if target == 0 {
		if sup.Problem == "" {
			sup.Problem = "is not followed by a resource or " + what
		}
		return
	}
	sup.First, sup.Last = target, target
	if last, ok := s[target]; ok {
		sup.Last = last
	}
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
