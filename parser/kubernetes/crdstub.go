package kubernetes

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/posture-dev/posture/parser"
)

// Kustomize deep-copies every node of every resource several times while
// it accumulates a build (kyaml's DeAnchor and merge), and upstream bundles
// ship CustomResourceDefinitions whose OpenAPI schemas run to megabytes:
// Argo CD's three CRDs are 1.8 MB, copied once per overlay that includes
// them. No transformer a kustomization can name reads inside a schema, so
// the in-memory copy Kustomize builds from carries a one-line stub in
// place of each schema body, and the schema is put back, from the file that
// declared it, once the build is done. A build that did touch a stub (a
// patch into the schema) is built again from the real files.

// schemaStubKey replaces the body of an openAPIV3Schema in Kustomize's copy;
// its value is the line of the `openAPIV3Schema:` key in the original file.
const schemaStubKey = "x-posture-schema-stub"

var (
	crdKindLine = regexp.MustCompile(`^kind:[ \t]+("CustomResourceDefinition"|'CustomResourceDefinition'|CustomResourceDefinition)([ \t]+#.*)?[ \t]*$`)
	schemaLine  = regexp.MustCompile(`^( *)openAPIV3Schema:([ \t]+#.*)?[ \t]*$`)
)

// stubSchemas returns data with the body of every block-style
// openAPIV3Schema of a CustomResourceDefinition document replaced by a
// stub, and the number of schemas it replaced. Anything it does not
// recognise (flow style, JSON, other kinds) is left as it is.
func stubSchemas(data []byte) ([]byte, int) {
	if !bytes.Contains(data, []byte("openAPIV3Schema:")) || !bytes.Contains(data, []byte("CustomResourceDefinition")) {
		return data, 0
	}
	lines := strings.SplitAfter(string(data), "\n")
	crd := crdDocuments(lines)
	var out strings.Builder
	out.Grow(len(data) / 4)
	n := 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		out.WriteString(line)
		if !crd[i] {
			continue
		}
		m := schemaLine.FindStringSubmatch(strings.TrimRight(line, "\r\n"))
		if m == nil {
			continue
		}
		indent := len(m[1])
		end := blockEnd(lines, i+1, indent)
		if end == i+1 {
			continue // empty, or not a block mapping
		}
		if !strings.HasSuffix(line, "\n") {
			out.WriteByte('\n')
		}
		out.WriteString(strings.Repeat(" ", indent+2) + schemaStubKey + ": " + strconv.Itoa(i+1) + "\n")
		i = end - 1
		n++
	}
	return []byte(out.String()), n
}

// crdDocuments marks the lines that belong to a document whose top-level
// kind is CustomResourceDefinition.
func crdDocuments(lines []string) []bool {
	marks := make([]bool, len(lines))
	start := 0
	flush := func(end int) {
		for i := start; i < end; i++ {
			if crdKindLine.MatchString(strings.TrimRight(lines[i], "\r\n")) {
				for j := start; j < end; j++ {
					marks[j] = true
				}
				return
			}
		}
	}
	for i, l := range lines {
		if isDocBoundary(l) {
			flush(i)
			start = i + 1
		}
	}
	flush(len(lines))
	return marks
}

func isDocBoundary(l string) bool {
	return strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...")
}

// blockEnd returns the index of the first line after from that ends the
// block value of a key indented by indent: a line indented no deeper that
// is not blank, or a document boundary. Blank lines belong to the block.
func blockEnd(lines []string, from, indent int) int {
	end := from
	for j := from; j < len(lines); j++ {
		l := strings.TrimRight(lines[j], "\r\n")
		if isDocBoundary(l) {
			break
		}
		trimmed := strings.TrimLeft(l, " ")
		if trimmed == "" {
			continue
		}
		if len(l)-len(trimmed) <= indent {
			break
		}
		end = j + 1
	}
	return end
}

// restoreSchemas puts back every stubbed schema of a built resource from
// sources (the objects of the file that declared it), and returns how many
// it restored. It reports false when a stub cannot be restored exactly: a
// patch changed it, or its declaration is not among sources.
func restoreSchemas(r *parser.Resource, sources []parser.Resource) (restored int, ok bool) {
	ok = true
	var walk func(v any, p parser.Path)
	walk = func(v any, p parser.Path) {
		switch x := v.(type) {
		case map[string]any:
			for k, c := range x {
				cp := append(p[:len(p):len(p)], k)
				if k == "openAPIV3Schema" {
					if stub, is := c.(map[string]any); is {
						if _, marked := stub[schemaStubKey]; marked {
							if restoreSchema(r, x, cp, stub, sources) {
								restored++
							} else {
								ok = false
							}
							continue
						}
					}
				}
				walk(c, cp)
			}
		case []any:
			for i, c := range x {
				walk(c, append(p[:len(p):len(p)], i))
			}
		}
	}
	walk(r.Properties, nil)
	return restored, ok
}

func restoreSchema(r *parser.Resource, parent map[string]any, at parser.Path, stub map[string]any, sources []parser.Resource) bool {
	line, isInt := stub[schemaStubKey].(int64)
	if !isInt || len(stub) != 1 {
		return false
	}
	for _, s := range sources {
		for key, rg := range s.Ranges {
			if rg.Start.Line != int(line) || !strings.HasSuffix(key, "openAPIV3Schema") {
				continue
			}
			from, err := parser.ParsePath(key)
			if err != nil {
				continue
			}
			v, found := lookup(s.Properties, from)
			if !found {
				continue
			}
			parent["openAPIV3Schema"] = v
			to := at.String()
			for k := range r.Ranges {
				if _, below := parser.Below(k, to); below {
					delete(r.Ranges, k) // the stub's own
				}
			}
			for rest, kr := range s.Ranges.Under(key) {
				r.Ranges[to+rest] = kr
			}
			for _, u := range s.Unknown {
				if len(u) >= len(from) && parser.Path(u[:len(from)]).String() == key {
					r.Unknown = append(r.Unknown, append(append(parser.Path{}, at...), u[len(from):]...))
				}
			}
			return true
		}
	}
	return false
}
