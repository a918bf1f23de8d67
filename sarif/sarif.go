package sarif

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	gosarif "github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/report/display"
	"github.com/posture-dev/posture/result"
)

// InformationURI is the project's home, written as the tool's informationUri.
const InformationURI = "https://github.com/posture-dev/posture"

// Options tune the SARIF log.
type Options struct {
	// Category distinguishes several posture uploads for one commit in
	// GitHub code scanning (runAutomationDetails.id is "<category>/").
	Category string
	// IncludeSuppressed writes suppressed findings with their suppressions;
	// by default they are left out, because GitHub shows every result it
	// receives as an open alert.
	IncludeSuppressed bool
	// Properties are added to the run's property bag (the posture score).
	Properties map[string]any
}

// Write renders rep as a SARIF 2.1.0 log.
func Write(w io.Writer, rep *result.Report, opts Options) error {
	log, err := gosarif.New(gosarif.Version210, true)
	if err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	run := gosarif.NewRunWithInformationURI(rep.Tool, InformationURI)
	run.Tool.Driver.WithVersion(rep.Version)
	if v := semver(rep.Version); v != "" {
		run.Tool.Driver.WithSemanticVersion(v)
	}
	run.WithColumnKind("unicodeCodePoints")
	if len(opts.Properties) > 0 {
		run.Properties = gosarif.Properties(opts.Properties)
	}
	category := opts.Category
	if category == "" {
		category = "posture"
	}
	run.WithAutomationDetails(gosarif.NewRunAutomationDetails().WithID(strings.TrimSuffix(category, "/") + "/"))

	ruleIndex := map[string]int{}
	for _, r := range rep.Rules {
		ruleIndex[r.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.AddRule(rule(r))
	}
	// Rules that produced findings but are not in the selected set (never
	// expected, but a result must always reference a declared rule).
	for _, f := range rep.Findings {
		if _, ok := ruleIndex[f.RuleID]; !ok && f.Rule != nil {
			ruleIndex[f.RuleID] = len(run.Tool.Driver.Rules)
			run.Tool.Driver.AddRule(rule(f.Rule))
		}
	}

	hashes := map[string][]string{}
	lineRunesCache := map[string][]int{}
	results := make([]*gosarif.Result, 0, len(rep.Findings))
	for i := range rep.Findings {
		f := &rep.Findings[i]
		if f.Suppression != nil && !opts.IncludeSuppressed {
			continue
		}
		results = append(results, findingResult(rep, f, ruleIndex[f.RuleID], hashes, lineRunesCache))
	}
	run.WithResults(results)

	inv := gosarif.NewInvocation().WithExecutionSuccess(true)
	notes := make([]*gosarif.Notification, 0, len(rep.Diagnostics))
	for _, d := range rep.Diagnostics {
		n := gosarif.NewNotification().WithLevel(diagLevel(d.Severity)).WithTextMessage(sentence(strings.Join(display.MessageLines(d.Message), "\n")))
		if loc := location(rep, d.Range); loc != nil {
			n.AddLocation(loc)
		}
		notes = append(notes, n)
	}
	inv.WithToolExecutionNotifications(notes)
	run.AddInvocations(inv)
	log.AddRun(run)
	var b bytes.Buffer
	if err := log.PrettyWrite(&b); err != nil {
		return err
	}
	// "##[" in a string would be a workflow command if the log were printed
	// in a GitHub Actions step.
	_, err = io.WriteString(w, display.JSONGuard.String(b.String()))
	return err
}

func rule(r *policies.Rule) *gosarif.ReportingDescriptor {
	d := gosarif.NewRule(r.ID).
		WithName(pascal(r.Title)).
		WithShortDescription(gosarif.NewMultiformatMessageString(sentence(display.Value(r.Title)))).
		WithFullDescription(gosarif.NewMultiformatMessageString(sentence(display.Text(firstParagraph(r.Description, r.Title))))).
		WithHelp(gosarif.NewMultiformatMessageString(lines(helpText(r))).WithMarkdown(lines(helpMarkdown(r)))).
		WithDefaultConfiguration(gosarif.NewReportingConfiguration().WithLevel(level(r.Severity)))
	if r.HelpURI != "" {
		d.WithHelpURI(r.HelpURI)
	}
	pb := gosarif.NewPropertyBag()
	pb.Add("tags", tags(r))
	pb.Add("security-severity", r.Severity.SecuritySeverity())
	pb.Add("precision", "high")
	pb.Add("problem.severity", problemSeverity(r.Severity))
	d.AttachPropertyBag(pb)
	return d
}

// tags are what GitHub shows and filters alerts by: "security" makes the
// alert a security alert; provider, service and compliance ids help triage.
func tags(r *policies.Rule) []string {
	t := []string{"security", r.Provider}
	if parts := strings.Split(r.ID, "-"); len(parts) == 3 {
		t = append(t, strings.ToLower(parts[1]))
	}
	for _, fw := range r.Frameworks() {
		for _, id := range r.Compliance[fw] {
			t = append(t, fw+":"+id)
		}
	}
	return t
}

// findingResult is the SARIF result of one finding; idx is its rule's index
// in the run's rule list.
func findingResult(rep *result.Report, f *policies.Finding, idx int, hashes map[string][]string, lineRunesCache map[string][]int) *gosarif.Result {
	res := gosarif.NewRuleResult(f.RuleID).
		WithRuleIndex(idx).
		WithLevel(findingLevel(f)).
		WithMessage(gosarif.NewTextMessage(sentence(display.Message(f.Message))))
	loc := location(rep, f.Range)
	if loc != nil {
		loc.WithLogicalLocations([]*gosarif.LogicalLocation{
			gosarif.NewLogicalLocation().WithFullyQualifiedName(f.ResourceID).WithKind("resource"),
		})
		res.AddLocation(loc)
	}
	for i, rel := range f.Related {
		if l := location(rep, rel); l != nil {
			l.WithId(i + 1).WithMessage(gosarif.NewTextMessage("The value comes from here."))
			res.AddRelatedLocation(l)
		}
	}
	fps := map[string]interface{}{"postureFingerprint/v1": f.Fingerprint}
	if h := lineHash(rep, f.Range, hashes); h != "" {
		fps["primaryLocationLineHash"] = h
	}
	res.WithPartialFingerPrints(fps)
	if f.Suppression != nil {
		s := gosarif.NewSuppression(suppressionKind(f.Suppression.Kind)).WithJustifcation(display.Message(f.Suppression.Reason))
		res.AddSuppression(s)
	}
	pb := gosarif.NewPropertyBag()
	pb.Add("resource", f.ResourceID)
	pb.Add("resourceType", f.ResourceType)
	pb.Add("format", string(f.Format))
	pb.Add("status", string(f.Status))
	if f.Attribute != "" {
		pb.Add("attribute", f.Attribute)
	} else if f.Path != "" {
		pb.Add("attribute", f.Path)
	}
	if g := f.Meta["generator"]; g != "" {
		pb.Add("generator", g)
	}
	if f.Rule != nil {
		if fix := f.Rule.RemediationFor(string(f.Format)); fix != "" {
			pb.Add("remediation", fix)
		}
	}
	res.AttachPropertyBag(pb)
	if f.Fix != nil {
		if fx := resultFix(rep, f.Fix, lineRunesCache); fx != nil {
			res.AddFix(fx)
		}
	}
	return res
}

// lineRunes returns, for each line of a file, the code points before it,
// computed once per file: a character offset is then a sum, not a count
// over the file for each edit.
func lineRunes(rep *result.Report, file string, cache map[string][]int) []int {
	if starts, ok := cache[file]; ok {
		return starts
	}
	var starts []int
	if b, ok := rep.SourceBytes(file); ok {
		starts = append(starts, 0)
		n := 0
		for len(b) > 0 {
			i := bytes.IndexByte(b, '\n')
			if i < 0 {
				break
			}
			n += utf8.RuneCount(b[:i+1])
			starts = append(starts, n)
			b = b[i+1:]
		}
	}
	cache[file] = starts
	return starts
}

// resultFix is a finding's fix as SARIF: a change per file, each edit a
// replacement of its region (empty for an insertion) by the new text.
// charOffset and charLength count code points, the run's columnKind, so
// that a consumer may apply the edit by offset or by line and column.
func resultFix(rep *result.Report, fx *policies.Fix, cache map[string][]int) *gosarif.Fix {
	out := gosarif.NewFix().WithDescriptionText(sentence(display.Message(fx.Description)))
	changes := map[string]*gosarif.ArtifactChange{}
	for _, e := range fx.Edits {
		r := e.Range
		if r.File == "" || r.Start.Line == 0 {
			return nil
		}
		ch := changes[r.File]
		if ch == nil {
			art := gosarif.NewArtifactLocation().WithUri(uri(rep.RepoPath(r.File))).WithUriBaseId("%SRCROOT%")
			ch = gosarif.NewArtifactChange(art)
			changes[r.File] = ch
			out.AddArtifactChanges(ch)
		}
		reg := gosarif.NewRegion().WithStartLine(r.Start.Line).WithStartColumn(r.Start.Column).
			WithEndLine(r.End.Line).WithEndColumn(r.End.Column)
		if starts := lineRunes(rep, r.File, cache); r.Start.Line <= len(starts) && r.End.Line <= len(starts) && r.End.Line >= r.Start.Line {
			off := starts[r.Start.Line-1] + r.Start.Column - 1
			end := starts[r.End.Line-1] + r.End.Column - 1
			if end >= off {
				reg.WithCharOffset(off).WithCharLength(end - off)
			}
		}
		rp := gosarif.NewReplacement(reg)
		if e.Text != "" {
			rp.WithInsertedContent(gosarif.NewArtifactContent().WithText(e.Text))
		}
		ch.WithReplacement(rp)
	}
	if len(out.ArtifactChanges) == 0 {
		return nil
	}
	return out
}

func location(rep *result.Report, r parser.Range) *gosarif.Location {
	if r.File == "" {
		return nil
	}
	art := gosarif.NewArtifactLocation().WithUri(uri(rep.RepoPath(r.File))).WithUriBaseId("%SRCROOT%")
	pl := gosarif.NewPhysicalLocation().WithArtifactLocation(art)
	if r.Start.Line > 0 {
		reg := gosarif.NewRegion().WithStartLine(r.Start.Line)
		if r.Start.Column > 0 {
			reg.WithStartColumn(r.Start.Column)
		}
		if r.End.Line >= r.Start.Line && r.End.Line > 0 {
			reg.WithEndLine(r.End.Line)
			if r.End.Column > 0 && (r.End.Line > r.Start.Line || r.End.Column > r.Start.Column) {
				reg.WithEndColumn(r.End.Column)
			}
		}
		pl.WithRegion(reg)
	}
	return gosarif.NewLocationWithPhysicalLocation(pl)
}

// uri percent-encodes what a relative URI reference cannot hold.
func uri(p string) string {
	var b strings.Builder
	for _, c := range []byte(p) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9',
			strings.IndexByte("-._~/!$&'()*+,;=:@", c) >= 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func lineHash(rep *result.Report, r parser.Range, cache map[string][]string) string {
	if r.File == "" || r.Start.Line == 0 {
		return ""
	}
	hs, ok := cache[r.File]
	if !ok {
		if b, ok := rep.SourceBytes(r.File); ok {
			hs = LineHashes(b)
		}
		cache[r.File] = hs
	}
	if r.Start.Line < len(hs) {
		return hs[r.Start.Line]
	}
	return ""
}

func level(s policies.Severity) string {
	switch s {
	case policies.Critical, policies.High:
		return "error"
	case policies.Medium:
		return "warning"
	default:
		return "note"
	}
}

func findingLevel(f *policies.Finding) string {
	if f.Status == policies.StatusReview {
		return "note"
	}
	return level(f.Severity)
}

func problemSeverity(s policies.Severity) string {
	switch s {
	case policies.Critical, policies.High:
		return "error"
	case policies.Medium:
		return "warning"
	default:
		return "recommendation"
	}
}

func diagLevel(s parser.DiagSeverity) string {
	switch s {
	case parser.DiagError:
		return "error"
	case parser.DiagWarning:
		return "warning"
	default:
		return "note"
	}
}

func suppressionKind(k string) string {
	if k == "inline" {
		return "inSource"
	}
	return "external"
}

func helpText(r *policies.Rule) string {
	var b strings.Builder
	b.WriteString(r.Title)
	b.WriteString("\n\n")
	b.WriteString(r.Description)
	for _, f := range remediationFormats(r) {
		fmt.Fprintf(&b, "\n\nFix (%s): %s", f, r.Remediation[f])
	}
	if r.HelpURI != "" {
		fmt.Fprintf(&b, "\n\nMore: %s", r.HelpURI)
	}
	return b.String()
}

func helpMarkdown(r *policies.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s (%s)\n\n%s\n", r.Title, r.ID, r.Description)
	if fs := remediationFormats(r); len(fs) > 0 {
		b.WriteString("\n### How to fix\n\n")
		for _, f := range fs {
			fmt.Fprintf(&b, "- **%s**: %s\n", formatLabel(f), r.Remediation[f])
		}
	}
	if len(r.Compliance) > 0 || r.Defender != "" {
		b.WriteString("\n### Compliance\n\n")
		for _, fw := range r.Frameworks() {
			fmt.Fprintf(&b, "- %s: %s\n", frameworkLabel(fw), strings.Join(r.Compliance[fw], ", "))
		}
		if r.Defender != "" {
			fmt.Fprintf(&b, "- Microsoft Defender for Cloud: %s\n", r.Defender)
		}
	}
	fmt.Fprintf(&b, "\nSeverity: %s", r.Severity)
	if r.HelpURI != "" {
		fmt.Fprintf(&b, " · [Documentation](%s)", r.HelpURI)
	}
	b.WriteString("\n")
	return b.String()
}

func remediationFormats(r *policies.Rule) []string {
	out := make([]string, 0, len(r.Remediation))
	for f := range r.Remediation {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

func formatLabel(f string) string {
	switch f {
	case "terraform":
		return "Terraform"
	case "arm":
		return "ARM / Bicep"
	case "kubernetes":
		return "Kubernetes"
	}
	return f
}

func frameworkLabel(fw string) string {
	labels := map[string]string{
		"mcsb": "Microsoft cloud security benchmark", "cis-azure": "CIS Microsoft Azure Foundations",
		"cis-aws": "CIS AWS Foundations", "cis-gcp": "CIS Google Cloud Platform Foundation", "aws-fsbp": "AWS Foundational Security Best Practices",
		"cis-kubernetes": "CIS Kubernetes", "pss-baseline": "Pod Security Standards (Baseline)",
		"pss-restricted": "Pod Security Standards (Restricted)",
	}
	if l, ok := labels[fw]; ok {
		return l
	}
	return fw
}

// lines shows the control and bidirectional characters of multi-line
// text, keeping its line breaks: a custom policy's documentation comes
// from the scanned repository too.
func lines(s string) string {
	out := strings.Join(display.Lines(s), "\n")
	if strings.HasSuffix(s, "\n") {
		out += "\n"
	}
	return out
}

// sentence makes a message end with a period, as SARIF's guidance (and
// GitHub's rendering) expects of plain-text messages.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

func firstParagraph(desc, fallback string) string {
	desc = strings.TrimSpace(desc)
	if desc == "" {
		return fallback
	}
	if i := strings.Index(desc, "\n\n"); i > 0 {
		desc = desc[:i]
	}
	return strings.Join(strings.Fields(desc), " ")
}

// pascal turns a title into the PascalCase identifier SARIF expects in a
// rule's name.
func pascal(title string) string {
	var b strings.Builder
	up := true
	for _, r := range title {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(r)
			}
			up = false
		} else {
			up = true
		}
	}
	return b.String()
}

// semver returns v as a semantic version, or "" for development builds.
func semver(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v == "dev" || !unicode.IsDigit(rune(v[0])) {
		return ""
	}
	return v
}
