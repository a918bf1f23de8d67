package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// WriteJUnit renders rep as JUnit XML for CI systems that show test
// reports: one test suite per rule, one test case per rule × resource that
// the rule was evaluated on. A case fails when the resource has findings
// of the rule at or above the threshold; findings below the threshold,
// suppressed ones and undecided checks are skipped cases with the reason.
// Text from the input goes through package display, which also leaves no
// character XML 1.0 forbids (most C0 controls): the file always parses.
func WriteJUnit(w io.Writer, rep *result.Report, threshold policies.Severity) error {
	type key struct{ rule, resource string }
	byCase := map[key][]*policies.Finding{}
	for i := range rep.Findings {
		f := &rep.Findings[i]
		k := key{f.RuleID, f.ResourceID}
		byCase[k] = append(byCase[k], f)
	}
	cases := map[string]map[string]bool{}
	add := func(rule, resource string) {
		if cases[rule] == nil {
			cases[rule] = map[string]bool{}
		}
		cases[rule][resource] = true
	}
	for rule, as := range rep.Assessed {
		for _, a := range as {
			add(rule, a.ResourceID)
		}
	}
	for k := range byCase {
		add(k.rule, k.resource)
	}
	titles := map[string]string{}
	for _, r := range rep.Rules {
		titles[r.ID] = r.Title
	}
	rules := make([]string, 0, len(cases))
	for r := range cases {
		rules = append(rules, r)
	}
	sort.Strings(rules)

	out := junitSuites{Name: "posture", Time: fmt.Sprintf("%.3f", rep.Stats.Duration.Seconds())}
	for _, rule := range rules {
		suite := junitSuite{Name: display.Value(rule)}
		if t := titles[rule]; t != "" {
			suite.Name += " " + display.Value(t)
		}
		resources := make([]string, 0, len(cases[rule]))
		for r := range cases[rule] {
			resources = append(resources, r)
		}
		sort.Strings(resources)
		for _, res := range resources {
			c := junitCase{Name: display.Value(res), Classname: display.Value(rule)}
			fs := byCase[key{rule, res}]
			var failing, other []*policies.Finding
			for _, f := range fs {
				if Failing(f, threshold) {
					failing = append(failing, f)
				} else {
					other = append(other, f)
				}
			}
			switch {
			case len(failing) > 0:
				first := failing[0]
				c.File, c.Line = display.Text(first.Range.File), first.Range.Start.Line
				var text strings.Builder
				for _, f := range failing {
					fmt.Fprintf(&text, "%s: %s\n", display.Text(f.Range.String()), display.Message(f.Message))
				}
				if fix := fixText(first); fix != "" {
					fmt.Fprintf(&text, "Fix: %s\n", display.Text(fix))
				}
				c.Failure = &junitFailure{Message: display.Message(first.Message), Type: first.Severity.String(), Text: text.String()}
				suite.Failures++
			case len(other) > 0:
				f := other[0]
				c.File, c.Line = display.Text(f.Range.File), f.Range.Start.Line
				msg := display.Message(f.Message)
				reason := fmt.Sprintf("%s finding below the %s threshold: %s", f.Severity, threshold, msg)
				switch {
				case f.Suppression != nil && f.Suppression.Kind == "baseline":
					reason = "in the baseline: " + msg
				case f.Suppression != nil:
					reason = "suppressed (" + display.Value(f.Suppression.Reason) + "): " + msg
				case f.Status == policies.StatusReview:
					reason = "not evaluated (unknown value): " + msg
				}
				c.Skipped = &junitSkipped{Message: reason}
				suite.Skipped++
			}
			suite.Cases = append(suite.Cases, c)
			suite.Tests++
		}
		out.Suites = append(out.Suites, suite)
		out.Tests += suite.Tests
		out.Failures += suite.Failures
		out.Skipped += suite.Skipped
	}
	var b strings.Builder
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, display.XMLGuard.String(b.String()))
	return err
}
