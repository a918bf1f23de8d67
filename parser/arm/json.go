package arm

import (
	"github.com/posture-dev/posture/parser"
)

// The JSON reader is the parser package's; these names keep the ARM and
// Bicep code that builds and walks templates as it reads.
type (
	// Node is a JSON value of a template with its byte span.
	Node = parser.JSONNode
	// Member is one key/value pair of an object, in source order.
	Member = parser.JSONMember
	// Kind is the JSON type of a Node.
	Kind = parser.JSONKind
	// SyntaxError is a JSON syntax error at a byte offset.
	SyntaxError = parser.JSONSyntaxError
)

// JSON value kinds.
const (
	KindNull   = parser.JSONNull
	KindBool   = parser.JSONBool
	KindNumber = parser.JSONNumber
	KindString = parser.JSONString
	KindObject = parser.JSONObject
	KindArray  = parser.JSONArray
)

// ParseJSON reads a template or parameter file, with the comments and
// trailing commas Azure accepts.
func ParseJSON(src []byte) (*Node, error) { return parser.ParseJSON(src) }

// StringOffset maps an offset into the decoded text of string node n to the
// byte offset in src of the character that produced it.
func StringOffset(src []byte, n *Node, decoded int) int {
	return parser.JSONStringOffset(src, n, decoded)
}
