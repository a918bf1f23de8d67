package bicep

import (
	"os"
	"strings"
	"testing"
)

// FuzzParse checks that no input makes the parser panic or build a node
// outside the file or outside its parent.
func FuzzParse(f *testing.F) {
	for _, path := range fixtures(f) {
		src, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	for _, s := range []string{
		"var a = '${'${b}'}'", "var a = [for (x, i) in y: if (c) {}]", "type t = | 'a' | 'b'",
		"var a = (x, y) => x", "var a = {\n...b\n}", "var a = b[?^0]!.?c::d", "'''", "/*", "'\\u{",
		"@a\nparam", "resource r 'a@1' = {\n resource s 'b' = {\n}\n}", "var a = x ?\n b\n : c",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, diags := Parse("fuzz.bicep", src)
		if file == nil {
			t.Fatal("nil file")
		}
		for _, d := range diags {
			if strings.HasPrefix(d.Message, "internal error") {
				t.Fatal(d.Message)
			}
			if d.Range.Start.Line < 1 || d.Range.End.Byte > len(src) || d.Range.Start.Byte > d.Range.End.Byte {
				t.Fatalf("diagnostic range %+v out of the file", d.Range)
			}
		}
		for _, s := range file.Statements {
			if r := s.Span(); r.End.Byte > len(src) {
				t.Fatalf("statement range %+v beyond %d bytes", r, len(src))
			}
			checkEnclosed(t, s)
		}
		checkPositions(t, file)
		for _, c := range file.Comments {
			if c.Text != string(src[c.Range.Start.Byte:c.Range.End.Byte]) {
				t.Fatalf("comment %q does not match its range", c.Text)
			}
			if c.Next.Line != 0 && (c.Next.Byte < c.Range.End.Byte || c.Next.Byte >= len(src)) {
				t.Fatalf("comment %q: next code at %+v", c.Text, c.Next)
			}
		}
	})
}
