package result

import "github.com/posture-dev/posture/parser"

// Resource is what the posture score and the reports need to know about a
// scanned resource besides its findings: where it is, which root it
// belongs to and what it references.
type Resource struct {
	ID       string          `json:"id"`
	Type     string          `json:"type"`
	Name     string          `json:"name,omitempty"`
	Provider parser.Provider `json:"provider"`
	Format   parser.Format   `json:"format"`
	// File is the display path of the declaration, Line its first line.
	File string `json:"file"`
	Line int    `json:"line"`
	// Root is the deployment unit the resource belongs to: the "root" of
	// the multi-root posture score (docs/score.md).
	Root string `json:"root"`
	// Refs are the IDs of the resources it references.
	Refs []string `json:"refs,omitempty"`
}
