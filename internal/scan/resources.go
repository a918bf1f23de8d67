package scan

import (
	"path"
	"sort"
	"strings"

	"github.com/posture-dev/posture/parser"
	"github.com/posture-dev/posture/policies"
	"github.com/posture-dev/posture/result"
)

// RootOf names the deployment unit a resource belongs to, the "root" of
// the multi-root posture score (docs/score.md): for Terraform the root
// module directory (a resource instantiated through a module call counts
// in the directory its module arguments came from, when the scan recorded
// it, else in its own directory); for ARM the template file; for
// Kubernetes the namespace, or the directory for cluster-scoped objects
// and objects without a namespace. file is the display path of the
// declaration.
func RootOf(r *parser.Resource, file string) string {
	switch r.Format {
	case parser.ARM:
		return "arm:" + file
	case parser.KubernetesManifest:
		if md, ok := r.Properties["metadata"].(map[string]any); ok {
			if ns, ok := md["namespace"].(string); ok && ns != "" {
				return "kubernetes namespace:" + ns
			}
		}
		return "kubernetes:" + path.Dir(file)
	case parser.TerraformPlan:
		return "terraform plan:" + file
	}
	return "terraform:" + path.Dir(file)
}

// setResources records the scan's resources and rewrites the files of
// Assessed to display paths, as relativise does for findings.
func setResources(r *result.Report, rs []parser.Resource, files *scannedFiles) {
	disp := files.display
	r.Resources = make([]result.Resource, 0, len(rs))
	for i := range rs {
		p := &rs[i]
		file := disp(p.Range.File)
		rootFile := file
		if p.Format == parser.Terraform && strings.HasPrefix(p.ID, "module.") {
			rootFile = moduleCaller(p, disp)
		}
		res := result.Resource{
			ID: p.ID, Type: p.Type, Name: p.Name, Provider: p.Provider, Format: p.Format,
			File: file, Line: p.Range.Start.Line, Root: RootOf(p, rootFile),
		}
		seen := map[string]bool{}
		for _, ref := range p.Refs {
			if !seen[ref.Target] {
				seen[ref.Target] = true
				res.Refs = append(res.Refs, ref.Target)
			}
		}
		r.Resources = append(r.Resources, res)
	}
	sort.SliceStable(r.Resources, func(i, j int) bool {
		a, b := &r.Resources[i], &r.Resources[j]
		if a.File != b.File {
			return a.File < b.File
		}
		return a.Line < b.Line
	})
	for id, as := range r.Assessed {
		out := make([]policies.Assessed, len(as))
		for i, a := range as {
			out[i] = policies.Assessed{ResourceID: a.ResourceID, File: disp(a.File)}
		}
		r.Assessed[id] = out
	}
}

// moduleCaller returns the file of the outermost place a module
// resource's values came from (the module block of the calling root), or
// the resource's own file when no value came through the module call.
func moduleCaller(p *parser.Resource, disp func(string) string) string {
	keys := make([]string, 0, len(p.Origins))
	for k := range p.Origins {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if chain := p.Origins[k]; len(chain) > 0 && chain[0].File != "" {
			return disp(chain[0].File)
		}
	}
	return disp(p.Range.File)
}

// splitUndecided moves the checks that could not be decided out of the
// findings unless the user asked to see them: the score needs them (they
// are not applicable, or unhealthy with --strict) even when no output
// shows them.
func splitUndecided(fs []policies.Finding, show bool) (findings, undecided []policies.Finding) {
	if show {
		return fs, nil
	}
	findings = fs[:0:0]
	for _, f := range fs {
		if f.Status == policies.StatusReview {
			undecided = append(undecided, f)
		} else {
			findings = append(findings, f)
		}
	}
	return findings, undecided
}
