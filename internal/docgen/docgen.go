// Package docgen generates the policy documentation in docs/policies from
// the policies' own metadata and fixtures, so the pages cannot drift from
// what the engine runs. A test fails when the committed pages are stale;
// `go test ./internal/docgen -update` rewrites them.
package docgen

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/posture-dev/posture/policies"
)

// Generate returns the documentation pages, keyed by file name: one page
// per rule and an index. policiesDir is the policies source directory,
// where each rule's fixtures live (testdata/<ID>/).
func Generate(lib *policies.Library, policiesDir string) (map[string]string, error) {
	fixtures, err := findFixtures(policiesDir)
	if err != nil {
		return nil, err
	}
	pages := map[string]string{}
	for _, r := range lib.Rules {
		pages[r.ID+".md"] = page(r, fixtures[r.ID])
	}
	pages["README.md"] = index(lib.Rules)
	return pages, nil
}

type fixture struct {
	name, lang, content string
	pass                bool
}

// findFixtures reads the single-file fail/pass fixtures of every rule.
func findFixtures(root string) (map[string][]fixture, error) {
	out := map[string][]fixture{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || filepath.Base(filepath.Dir(filepath.Dir(p))) != "testdata" {
			return nil
		}
		name := d.Name()
		lang := language(name)
		if lang == "" || !(strings.HasPrefix(name, "fail") || strings.HasPrefix(name, "pass")) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		id := filepath.Base(filepath.Dir(p))
		out[id] = append(out[id], fixture{name: name, lang: lang, content: string(b), pass: strings.HasPrefix(name, "pass")})
		return nil
	})
	for _, fs := range out {
		sort.Slice(fs, func(i, j int) bool {
			if pi, pj := plain(fs[i].name), plain(fs[j].name); pi != pj {
				return pi
			}
			return fs[i].name < fs[j].name
		})
	}
	return out, err
}

// plain reports whether a fixture is a rule's main case (fail.tf,
// pass.yaml) rather than a variant (fail-rayjob.yaml): the page shows the
// main cases first.
func plain(name string) bool {
	base, _, _ := strings.Cut(name, ".")
	return base == "fail" || base == "pass"
}

// examplesPerFormat bounds the examples a page shows for each format and
// outcome: a rule checked on twenty custom-resource kinds keeps a page a
// reader can scan, and the rest are named with a link.
const examplesPerFormat = 2

func language(name string) string {
	switch {
	case strings.HasSuffix(name, ".tf"):
		return "hcl"
	case strings.HasSuffix(name, ".json"):
		return "json"
	case strings.HasSuffix(name, ".yaml"), strings.HasSuffix(name, ".yml"):
		return "yaml"
	case strings.HasSuffix(name, ".bicep"):
		return "bicep"
	}
	return ""
}

var formatTitle = map[string]string{"hcl": "Terraform", "json": "ARM / Bicep output", "bicep": "Bicep", "yaml": "Kubernetes"}

func page(r *policies.Rule, fixtures []fixture) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "| | |\n|---|---|\n")
	fmt.Fprintf(&b, "| Severity | %s |\n", r.Severity)
	fmt.Fprintf(&b, "| Resource types | %s |\n", code(r.ResourceTypes))
	if len(r.Formats) > 0 {
		fmt.Fprintf(&b, "| Formats | %s |\n", strings.Join(r.Formats, ", "))
	}
	if r.Control != "" {
		fmt.Fprintf(&b, "| Posture score control | %s |\n", r.Control)
	}
	for _, fw := range r.Frameworks() {
		fmt.Fprintf(&b, "| %s | %s |\n", frameworkName(fw), strings.Join(r.Compliance[fw], ", "))
	}
	if r.Defender != "" {
		fmt.Fprintf(&b, "| Defender for Cloud | %s |\n", r.Defender)
	}
	if r.Since != "" {
		fmt.Fprintf(&b, "| Since | %s |\n", r.Since)
	}
	fmt.Fprintf(&b, "\n## Why\n\n%s\n", strings.TrimSpace(r.Description))
	if len(r.Remediation) > 0 {
		b.WriteString("\n## How to fix\n\n")
		for _, f := range []string{"terraform", "arm", "kubernetes", "all"} {
			if t := r.Remediation[f]; t != "" {
				label := map[string]string{"terraform": "Terraform", "arm": "ARM / Bicep", "kubernetes": "Kubernetes", "all": "All formats"}[f]
				fmt.Fprintf(&b, "- **%s**: %s\n", label, t)
			}
		}
	}
	if len(r.Params) > 0 {
		b.WriteString("\n## Parameters\n\nSet in `.posture.yaml` under `params:` with the rule id as key. Defaults:\n\n")
		keys := make([]string, 0, len(r.Params))
		for k := range r.Params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "- `%s`: `%v`\n", k, r.Params[k])
		}
	}
	for _, want := range []bool{false, true} {
		var fs []fixture
		for _, f := range fixtures {
			if f.pass == want {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		if want {
			b.WriteString("\n## Compliant examples\n")
		} else {
			b.WriteString("\n## Non-compliant examples\n\nThe lines marked `want` are where posture reports the finding")
			b.WriteString(" (for JSON, the lines are listed in the fixture's `.want` file).\n")
		}
		shown := map[string]int{}
		var more []string
		for _, f := range fs {
			if shown[f.lang] == examplesPerFormat {
				more = append(more, "`"+f.name+"`")
				continue
			}
			shown[f.lang]++
			fmt.Fprintf(&b, "\n%s (`%s`):\n\n```%s\n%s\n```\n", formatTitle[f.lang], f.name, f.lang, strings.TrimRight(f.content, "\n"))
		}
		if len(more) > 0 {
			fmt.Fprintf(&b, "\nMore cases in [the rule's fixtures](../../%s/testdata/%s): %s.\n", path.Dir(r.File), r.ID, strings.Join(more, ", "))
		}
	}
	fmt.Fprintf(&b, "\nPolicy source: [`%s`](../../%s)\n", strings.TrimPrefix(r.File, ""), r.File)
	return b.String()
}

func index(rules []*policies.Rule) string {
	var b strings.Builder
	b.WriteString("# Policy catalogue\n\nGenerated from the policies' metadata by `go test ./internal/docgen -update`; do not edit by hand.\n\n")
	b.WriteString("| ID | Severity | Title | Formats | Frameworks |\n|---|---|---|---|---|\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [%s](%s.md) | %s | %s | %s | %s |\n", r.ID, r.ID, r.Severity, r.Title, strings.Join(r.Formats, ", "), strings.Join(r.Frameworks(), ", "))
	}
	fmt.Fprintf(&b, "\n%d policies.\n", len(rules))
	return b.String()
}

func code(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = "`" + s + "`"
	}
	return strings.Join(out, ", ")
}

func frameworkName(fw string) string {
	names := map[string]string{
		"mcsb": "Microsoft cloud security benchmark", "cis-azure": "CIS Azure", "cis-aws": "CIS AWS",
		"cis-gcp": "CIS GCP", "aws-fsbp": "AWS Foundational Security Best Practices", "cis-kubernetes": "CIS Kubernetes", "pss-baseline": "Pod Security Standards (Baseline)",
		"pss-restricted": "Pod Security Standards (Restricted)",
	}
	if n, ok := names[fw]; ok {
		return n
	}
	return fw
}
