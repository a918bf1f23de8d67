package scan

import (
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
)

// Ignore is a suppression from the configuration file (.posture.yaml).
// An entry matches a finding when every criterion it sets matches.
type Ignore struct {
	// Rules are policy ids or id prefixes; empty matches every rule.
	Rules []string
	// Paths are globs (*, ?, ** across directories) on the finding's file,
	// relative to Dir.
	Paths []string
	// Resources are resource ids, where * matches any text.
	Resources []string
	Reason    string
	Until     string
	// Dir is the directory Paths are relative to: the configuration
	// file's directory. Empty means the working directory.
	Dir string
	// Source is where the entry is written, for diagnostics.
	Source parser.Range
}

// configStage applies the configuration file's ignore entries. rel turns
// a display path into a path relative to an entry's Dir.
func configStage(ignores []Ignore, rel func(dir, display string) string, now time.Time) stage {
	return stage{"config suppressions", func(fs []policies.Finding) ([]policies.Finding, []parser.Diagnostic) {
		var diags []parser.Diagnostic
		type compiled struct {
			ig        *Ignore
			paths     []*regexp.Regexp
			resources []*regexp.Regexp
		}
		var active []compiled
		for i := range ignores {
			ig := &ignores[i]
			d := parser.Suppression{IDs: ig.Rules, Reason: ig.Reason, Until: ig.Until}
			if len(d.IDs) == 0 {
				d.IDs = []string{"all"}
			}
			if p := d.Validate(); p != "" {
				diags = append(diags, parser.Warnf(ig.Source, "ignore entry %s; it suppresses nothing", p))
				continue
			}
			if len(ig.Rules) == 0 && len(ig.Paths) == 0 && len(ig.Resources) == 0 {
				diags = append(diags, parser.Warnf(ig.Source, "ignore entry sets none of rule, path, resource; it suppresses nothing (an entry cannot silence every finding)"))
				continue
			}
			if expired(ig.Until, now) {
				diags = append(diags, parser.Warnf(ig.Source, "ignore entry expired on %s (reason: %s); its findings are reported again: fix them or extend until", ig.Until, ig.Reason))
				continue
			}
			c := compiled{ig: ig}
			for _, p := range ig.Paths {
				c.paths = append(c.paths, pathGlob(p))
			}
			for _, r := range ig.Resources {
				c.resources = append(c.resources, wildcard(r))
			}
			active = append(active, c)
		}
		out := make([]policies.Finding, len(fs))
		copy(out, fs)
		for i := range out {
			f := &out[i]
			if f.Suppression != nil {
				continue
			}
			for _, c := range active {
				if matchRule(c.ig.Rules, f.RuleID) && matchAny(c.paths, rel(c.ig.Dir, f.Range.File)) && matchAny(c.resources, f.ResourceID) {
					f.Suppression = &policies.Suppression{Kind: "config", Reason: c.ig.Reason, Until: c.ig.Until, Range: c.ig.Source}
					break
				}
			}
		}
		return out, diags
	}}
}

func matchRule(rules []string, id string) bool {
	if len(rules) == 0 {
		return true
	}
	for _, r := range rules {
		if strings.EqualFold(r, id) || strings.HasPrefix(strings.ToUpper(id), strings.ToUpper(r)+"-") {
			return true
		}
	}
	return false
}

// matchAny reports whether s matches one of res; no patterns match all.
func matchAny(res []*regexp.Regexp, s string) bool {
	if len(res) == 0 {
		return true
	}
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// pathGlob compiles a slash-separated glob: * and ? within one path
// segment, ** across segments; a pattern naming a directory matches the
// files below it.
func pathGlob(p string) *regexp.Regexp {
	p = strings.TrimPrefix(filepath.ToSlash(p), "./")
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case c == '*' && i+1 < len(p) && p[i+1] == '*':
			i++
			if i+1 < len(p) && p[i+1] == '/' {
				i++
				b.WriteString("(?:.*/)?")
			} else {
				b.WriteString(".*")
			}
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("(?:/.*)?$")
	return regexp.MustCompile(b.String())
}

// wildcard compiles a pattern where * matches any text.
func wildcard(p string) *regexp.Regexp {
	parts := strings.Split(p, "*")
	for i := range parts {
		parts[i] = regexp.QuoteMeta(parts[i])
	}
	return regexp.MustCompile("^" + strings.Join(parts, ".*") + "$")
}
