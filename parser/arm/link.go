package arm

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"net/url"
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/parser/arm/expr"
)

// linkBase stands for the URL a template is deployed from. Quickstarts
// and landing zones are staged to storage as the repository lays them
// out and link their nested templates relative to their own URL
// (deployment().properties.templateLink.uri, or the _artifactsLocation
// parameter that defaults to it), so a link built on this URL names a
// file of the repository. The host is reserved (.invalid) so nothing can
// mistake it for a real one, and the "/r/" root lets a link that climbs
// above the repository be told from one inside it: URL resolution stops
// at the host's root.
const (
	linkHost = "template-link.posture.invalid"
	linkBase = "https://" + linkHost + "/r/"
)

// artifactsLocation is the parameter the ARM template test toolkit names
// for "the base URI where artifacts required by this template are
// located": the template's own folder, wherever it is staged.
const artifactsLocation = "_artifactsLocation"

// templateURL is the URL of the template file name under linkBase.
func templateURL(name string) string {
	segs := strings.Split(name, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return linkBase + strings.Join(segs, "/")
}

// folderURL is the URL of the folder of the template file name, with
// the trailing slash both uri() and concat() expect of a base.
func folderURL(name string) string {
	dir := path.Dir(name)
	if dir == "." {
		return linkBase
	}
	return templateURL(dir) + "/"
}

// deploymentFunc is deployment() for a template read from file f:
// templateLink.uri is the template's URL under linkBase.
func deploymentFunc(f *file) *expr.Func {
	return &expr.Func{Eager: func(*expr.Context, []any) (any, error) {
		return map[string]any{
			"name":     expr.DeploymentName,
			"location": expr.Unknown,
			"properties": map[string]any{
				"templateLink": map[string]any{"uri": templateURL(f.name), "contentVersion": "1.0.0.0"},
				"mode":         "Incremental",
			},
		}, nil
	}}
}

// derivedFromLink reports whether a string was built from linkBase: such
// a value is a fact of where the template is staged, which only the
// deployment knows, so no resource property may carry it.
func derivedFromLink(s string) bool { return strings.Contains(s, linkHost) }

// repoPath maps a URL built on linkBase back to the repository file it
// names. ok is false for any other URL; inside is false when the path
// climbs above the repository.
func repoPath(u string) (name string, ok, inside bool) {
	rest, found := strings.CutPrefix(u, "https://"+linkHost+"/")
	if !found {
		return "", false, false
	}
	// The SAS token (_artifactsLocationSasToken) and any fragment are not
	// part of the file's name.
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	if p, err := url.PathUnescape(rest); err == nil {
		rest = p
	}
	clean := path.Clean(rest)
	name, found = strings.CutPrefix(clean, "r/")
	if !found || name == "" || name == "." {
		return "", true, false
	}
	return name, true, true
}

// linkTarget resolves a templateLink or parametersLink to the file of
// the repository it names. When it cannot, it says why in a note at the
// link (what names the linked thing, consequence what follows) and
// returns false.
func (s *scope) linkTarget(link *Node, what, consequence string) (string, *Node, bool) {
	st := s.st
	if rel := link.Get("relativePath"); rel != nil {
		relPath, ok := s.text(rel)
		if !ok {
			st.diag(parser.Notef(s.f.nodeRange(rel), "the relativePath of this %s cannot be evaluated statically; %s", what, consequence))
			return "", rel, false
		}
		if i := strings.IndexAny(relPath, "?#"); i >= 0 {
			relPath = relPath[:i]
		}
		target := path.Join(path.Dir(s.f.name), relPath)
		if strings.HasPrefix(target, "../") || target == ".." || path.IsAbs(relPath) {
			st.diag(parser.Notef(s.f.nodeRange(rel), "%s %s lies outside the scanned directory; %s", what, expr.Quote(relPath), consequence))
			return "", rel, false
		}
		return target, rel, true
	}
	if uri := link.Get("uri"); uri != nil {
		v := s.build(uri, nil, nil)
		u, isString := v.(string)
		if !isString {
			st.diag(parser.Notef(s.f.nodeRange(uri), "the URI of this %s cannot be evaluated statically (it depends on values known only at deployment); %s", what, consequence))
			return "", uri, false
		}
		target, ours, inside := repoPath(u)
		switch {
		case !ours:
			st.diag(parser.Notef(s.f.nodeRange(uri), "%s %s is not built on the template's own location (deployment().properties.templateLink.uri or _artifactsLocation), so posture cannot find it in the repository and does not download it; %s", what, quoteTail(u), consequence))
			return "", uri, false
		case !inside:
			st.diag(parser.Notef(s.f.nodeRange(uri), "the URI of this %s leaves the template's folder above the scanned directory (a relative part that starts with \"/\" replaces the whole path of the base, and \"..\" climbs out of it); %s", what, consequence))
			return "", uri, false
		}
		return target, uri, true
	}
	if id := link.Get("id"); id != nil {
		st.diag(parser.Notef(s.f.nodeRange(id), "%s is a template spec, which lives in Azure, not in the repository; %s", what, consequence))
		return "", id, false
	}
	st.diag(parser.Notef(s.f.nodeRange(link), "this %s has no relativePath, uri or id; %s", what, consequence))
	return "", link, false
}

// linkedTemplate reads the template a deployment links to.
func (s *scope) linkedTemplate(link *Node) (*file, bool) {
	st := s.st
	target, at, ok := s.linkTarget(link, "linked template", "its resources are not scanned")
	if !ok {
		return nil, false
	}
	for _, open := range st.linking {
		if open == target {
			st.diag(parser.Warnf(s.f.nodeRange(at), "linked template %s links back to %s, which is being expanded; the cycle is not followed", expr.Quote(target), open))
			return nil, false
		}
	}
	lf, err := st.readFile(target, "template")
	if err != nil {
		switch {
		case errors.Is(err, errReported):
		case errors.Is(err, fs.ErrNotExist):
			st.diag(parser.Notef(s.f.nodeRange(at), "linked template %s is not in the repository; its resources are not scanned", expr.Quote(target)))
		default:
			st.diag(parser.Warnf(s.f.nodeRange(at), "linked template %s cannot be read (%v); its resources are not scanned", expr.Quote(target), err))
		}
		return nil, false
	}
	if st.linked != nil {
		st.linked[target] = true
	}
	return lf, true
}

// linkedParameters reads the parameter file a deployment links to into
// supplied. When it cannot, every parameter of the linked template is
// unknown: its defaults are not what the deployment passes.
func (s *scope) linkedParameters(link *Node, tmpl *Node, supplied map[string]suppliedValue) {
	st := s.st
	target, at, ok := s.linkTarget(link, "linked parameter file", "the linked template's parameters are unknown")
	if ok {
		if _, err := st.src.Stat(target); err == nil {
			st.readParameters(target, supplied)
			return
		}
		st.diag(parser.Notef(s.f.nodeRange(at), "linked parameter file %s is not in the repository; the linked template's parameters are unknown", expr.Quote(target)))
	}
	for _, m := range tmpl.Get("parameters").Fields() {
		supplied[strings.ToLower(m.Key)] = suppliedValue{value: expr.Unknown, origins: []parser.Range{s.f.nodeRange(link)}}
	}
}

// indexLinks finds the templates of the scan that another template of
// the scan deploys as a linked template. Such a template is scanned as
// part of the template that deploys it, not on its own: there its
// parameters have the values the deployment passes, where on its own
// they would be unknown or their defaults, and every problem would be
// reported twice, once with each set of values. A template deployed
// by none of the scan (a parent outside the scanned paths, a link
// posture cannot follow) is scanned on its own, as is one linked only
// from within a cycle of links, so that nothing is dropped.
func (d *decoder) indexLinks(ctx context.Context, src *parser.Source) {
	d.mu.Lock()
	names := append([]string(nil), d.claimed...)
	d.mu.Unlock()
	sort.Strings(names)
	claimed := make(map[string]bool, len(names))
	for _, n := range names {
		claimed[n] = true
	}
	deploys := map[string]map[string]bool{}
	deployed := map[string]bool{}
	for _, n := range names {
		if ctx.Err() != nil {
			return
		}
		b, err := src.ReadFile(n)
		if err != nil || !mentionsTemplateLink(b) {
			continue
		}
		if d.opts.BicepSource && compiledBeside(src, n) {
			continue
		}
		st := newState(ctx, src, n)
		st.linked = map[string]bool{}
		st.run(n, d.opts.ParameterFiles)
		if st.stopped || ctx.Err() != nil {
			// Its resources are not reported, so neither may those of
			// the templates it links be left out.
			continue
		}
		for t := range st.linked {
			if claimed[t] && t != n {
				if deploys[n] == nil {
					deploys[n] = map[string]bool{}
				}
				deploys[n][t] = true
				deployed[t] = true
			}
		}
	}
	linked := map[string]bool{}
	for parent, targets := range deploys {
		if deployed[parent] {
			// Its own parent's set holds these too (links are recorded
			// at every depth); in a cycle with no root, nothing is.
			continue
		}
		for t := range targets {
			linked[t] = true
		}
	}
	d.linked = linked
}

// mentionsTemplateLink is the cheap test for a template that may link
// others; ARM reads property names in any case, but templates write
// templateLink (or TemplateLink, or templatelink).
func mentionsTemplateLink(b []byte) bool {
	return bytes.Contains(b, []byte("emplateLink")) || bytes.Contains(b, []byte("emplatelink"))
}

// quoteTail quotes the end of a long URL, where the file's name is.
func quoteTail(u string) string {
	const keep = 60
	if len(u) <= keep {
		return expr.Quote(u)
	}
	i := len(u) - keep
	for i < len(u) && !utf8.RuneStart(u[i]) {
		i++
	}
	return "…" + expr.Quote(u[i:])
}
