package terraform

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// A bucket beside every hostile file shows that the rest of the module is
// still scanned.
const sibling = `resource "aws_s3_bucket" "ok" { bucket = "ok" }` + "\n"

func deep(open, inner, close string, n int) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

// hostileCases are inputs built to crash the decoder, exhaust memory or
// never finish. Each must end in a diagnostic at the given place.
var hostileCases = []struct {
	name  string
	files map[string]string
	// want is a diagnostic expected: file, line and a part of the message.
	file    string
	line    int
	message string
	// ids are resources that must still be there.
	ids []string
}{
	{
		name:  "nested parentheses",
		files: map[string]string{"main.tf": "locals {\n  a = " + deep("(", "1", ")", 100000) + "\n}\n"},
		file:  "main.tf", line: 2, message: "nest more than 512 levels deep here; the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "nested lists, objects and calls",
		files: map[string]string{"main.tf": "locals {\n  a = " + deep("[{a=max(", "1", ")}]", 20000) + "\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "nested blocks",
		files: map[string]string{"main.tf": `resource "aws_x" "y" ` + deep("{\n b ", "{}", "}\n", 50000)},
		file:  "main.tf", message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "unary operators",
		files: map[string]string{"main.tf": "locals {\n  a = " + strings.Repeat("!", 200000) + "true\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a chain of binary operators",
		files: map[string]string{"main.tf": "locals {\n  a = 1" + strings.Repeat(" + 1", 200000) + "\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a chain of conditionals",
		files: map[string]string{"main.tf": "locals {\n  a = " + strings.Repeat("true ? 1 : ", 100000) + "2\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "nested template interpolations",
		files: map[string]string{"main.tf": "locals {\n  a = " + deep(`"${`, `"x"`, `}"`, 50000) + "\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "nested template directives",
		files: map[string]string{"main.tf": "locals {\n  a = \"" + deep(`%{ if true }`, `x`, `%{ endif }`, 50000) + "\"\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "nested indexes",
		files: map[string]string{"main.tf": "locals {\n  a = max(1)" + strings.Repeat("[0]", 100000) + "\n}\n"},
		file:  "main.tf", line: 2, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "nested JSON arrays",
		files: map[string]string{"main.tf.json": `{"locals": {"a": ` + deep("[", "1", "]", 100000) + `}}`},
		file:  "main.tf.json", line: 1, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a nested template in a JSON string",
		files: map[string]string{"main.tf.json": `{"locals": {"a": "${` + deep("(", "1", ")", 100000) + `}"}}`},
		file:  "main.tf.json", line: 1, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name: "nested variable values",
		files: map[string]string{
			"vars.tf":          `variable "a" {}`,
			"terraform.tfvars": "a = " + deep("[", "1", "]", 100000) + "\n",
		},
		file: "terraform.tfvars", line: 1, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name: "a nested template file",
		files: map[string]string{
			"main.tf":   `resource "aws_x" "t" { v = templatefile("t.tpl", {}) }`,
			"t.tpl":     deep("${", "1", "}", 100000),
			"sibling.x": "",
		},
		file: "main.tf", line: 1, message: "expressions nest more than 512 levels deep",
		ids: []string{"aws_s3_bucket.ok", "aws_x.t"},
	},
	{
		name: "JSON decoded from a string deeper than values may nest",
		files: map[string]string{"main.tf": `locals {
  open = join("", [for i in range(1000) : "["])
}
resource "aws_x" "j" { v = jsondecode("${local.open}${local.open}") }
`},
		file: "main.tf", line: 4, message: "nests more than 128 levels deep",
		ids: []string{"aws_s3_bucket.ok", "aws_x.j"},
	},
	{
		name: "a policy document decoded from a string deeper than values may nest",
		files: map[string]string{"main.tf": `locals {
  o1 = join("", [for i in range(1000) : "[[[[[[[[[["])
  o2 = "${local.o1}${local.o1}${local.o1}${local.o1}${local.o1}${local.o1}${local.o1}${local.o1}${local.o1}${local.o1}"
  o3 = "${local.o2}${local.o2}${local.o2}${local.o2}${local.o2}${local.o2}${local.o2}${local.o2}${local.o2}${local.o2}"
  o4 = "${local.o3}${local.o3}${local.o3}${local.o3}"
}
data "aws_iam_policy_document" "d" {
  source_policy_documents = [local.o4]
}
resource "aws_iam_policy" "p" { policy = data.aws_iam_policy_document.d.json }
`},
		file: "", message: "",
		ids: []string{"aws_s3_bucket.ok", "aws_iam_policy.p"},
	},
	{
		name: "a chain of locals nesting a value",
		files: map[string]string{"main.tf": func() string {
			var b strings.Builder
			b.WriteString("locals {\n  l0 = 1\n")
			for i := 1; i <= 1000; i++ {
				fmt.Fprintf(&b, "  l%d = [local.l%d]\n", i, i-1)
			}
			b.WriteString("}\nresource \"aws_x\" \"d\" { v = local.l1000 }\n")
			return b.String()
		}()},
		file: "main.tf", line: 131, message: "the value nests more than 128 levels deep",
		ids: []string{"aws_s3_bucket.ok", "aws_x.d"},
	},
	{
		name: "a string doubled through locals",
		files: map[string]string{"main.tf": func() string {
			var b strings.Builder
			b.WriteString("locals {\n  s0 = \"xxxxxxxxxxxxxxxx\"\n")
			for i := 1; i <= 60; i++ {
				fmt.Fprintf(&b, "  s%d = \"${local.s%d}${local.s%d}\"\n", i, i-1, i-1)
			}
			b.WriteString("}\nresource \"aws_x\" \"s\" { v = local.s60 }\n")
			return b.String()
		}()},
		file: "main.tf", message: "the value is treated as unknown",
		ids: []string{"aws_s3_bucket.ok", "aws_x.s"},
	},
	{
		name: "a string doubled in a for expression",
		files: map[string]string{"main.tf": `locals {
  s = join("", [for i in range(1000) : "${i}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
  t = [for i in range(1000) : "${local.s}${local.s}${local.s}${local.s}${local.s}"]
}
resource "aws_x" "f" { v = local.t }
`},
		file: "main.tf", line: 3, message: "MiB",
		// The unit's budget is spent: evaluation stops.
	},
	{
		name: "a huge indentation",
		files: map[string]string{"main.tf": `resource "aws_x" "i" { v = indent(1000000000, "a\nb\nc") }
`},
		file: "main.tf", line: 1, message: "larger than 16 MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.i"},
	},
	{
		name: "a separator repeated by join",
		files: map[string]string{"main.tf": `locals {
  sep = join("", [for i in range(1000) : "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
}
resource "aws_x" "j" { v = join(local.sep, range(1000)) }
`},
		file: "main.tf", line: 4, message: "larger than 16 MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.j"},
	},
	{
		name: "an argument repeated by format",
		files: map[string]string{"main.tf": `locals {
  s = join("", [for i in range(1000) : "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
  f = join("", [for i in range(1000) : "%[1]s"])
}
resource "aws_x" "f" { v = format(local.f, local.s) }
`},
		file: "main.tf", line: 5, message: "larger than 16 MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.f"},
	},
	{
		name: "lists doubled by concat",
		files: map[string]string{"main.tf": func() string {
			var b strings.Builder
			b.WriteString("locals {\n  l0 = range(1000)\n")
			for i := 1; i <= 60; i++ {
				fmt.Fprintf(&b, "  l%d = concat(local.l%d, local.l%d, local.l%d)\n", i, i-1, i-1, i-1)
			}
			b.WriteString("}\nresource \"aws_x\" \"c\" { v = local.l60 }\n")
			return b.String()
		}()},
		file: "main.tf", message: "larger than 16 MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.c"},
	},
	{
		name: "flatten of one list repeated",
		files: map[string]string{"main.tf": `locals {
  l = [for i in range(100) : [for j in range(100) : "x"]]
  l4 = [local.l, local.l, local.l, local.l]
  f = flatten([local.l4, local.l4, local.l4, local.l4, local.l4, local.l4, local.l4, local.l4])
}
resource "aws_x" "f" { v = local.f }
`},
		file: "main.tf", line: 4, message: "MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.f"},
	},
	{
		name: "loops nested in a template file",
		files: map[string]string{
			"main.tf": `resource "aws_x" "t" { v = templatefile("t.tpl", {}) }`,
			"t.tpl":   "%{ for a in range(1000) }%{ for b in range(1000) }%{ for c in range(1000) }x%{ endfor }%{ endfor }%{ endfor }",
		},
		file: "main.tf", line: 1, message: "could iterate more than 2000000 times",
		ids: []string{"aws_s3_bucket.ok", "aws_x.t"},
	},
	{
		name: "a CSV document of many columns",
		files: map[string]string{"main.tf": `locals {
  header = join(",", [for i in range(1000) : "c${i}"])
  rows   = join("\n", [for i in range(1000) : ",,,,,,,,,,"])
}
resource "aws_x" "c" { v = csvdecode("${local.header}\n${local.rows}") }
`},
		file: "main.tf", line: 5, message: "larger than 16 MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.c"},
	},
	{
		name: "a variable file that is a JSON array",
		files: map[string]string{
			"vars.tf":               `variable "a" {}`,
			"terraform.tfvars.json": `[{"a": 1}]`,
		},
		file: "terraform.tfvars.json", line: 1, message: "this one does not, so its values are not used",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a name a megabyte long",
		files: map[string]string{"main.tf": `resource "aws_x" "n" { v = local.` + strings.Repeat("n", 1<<20) + " }\n"},
		file:  "main.tf", line: 1, message: "(message shortened)",
		ids: []string{"aws_s3_bucket.ok", "aws_x.n"},
	},
	{
		name: "distinct of a long list",
		files: map[string]string{"main.tf": `locals {
  l = tolist(flatten([for i in range(100) : [for j in range(100) : "${i}-${j}"]]))
}
resource "aws_x" "d" { v = distinct(local.l) }
`},
		file: "main.tf", line: 4, message: "would take more than 2000000 steps",
		ids: []string{"aws_x.d"},
	},
	{
		name: "contains over a long list in a for expression",
		files: map[string]string{"main.tf": `locals {
  l = tolist(flatten([for i in range(100) : [for j in range(100) : "${i}-${j}"]]))
  c = [for x in local.l : contains(local.l, x)]
}
resource "aws_x" "c" { v = local.c }
`},
		file: "main.tf", line: 3, message: "could iterate more than 2000000 times",
		ids: []string{"aws_s3_bucket.ok", "aws_x.c"},
	},
	{
		name: "a tuple too long to convert",
		files: map[string]string{"main.tf": `locals {
  t = flatten([for i in range(1000) : [for j in range(100) : "${i}-${j}"]])
}
resource "aws_x" "t" { v = toset(local.t) }
`},
		file: "main.tf", line: 2, message: "larger than 16 MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.t"},
	},
	{
		name: "strings doubled in a JSON configuration",
		files: map[string]string{"main.tf.json": func() string {
			var b strings.Builder
			b.WriteString(`{"locals": {"s0": "xxxxxxxxxxxxxxxx"`)
			for i := 1; i <= 60; i++ {
				fmt.Fprintf(&b, `, "s%d": "${local.s%d}${local.s%d}"`, i, i-1, i-1)
			}
			b.WriteString(`}, "resource": {"aws_x": {"s": {"v": "${local.s60}"}}}}`)
			return b.String()
		}()},
		file: "main.tf.json", line: 1, message: "MiB",
		ids: []string{"aws_s3_bucket.ok", "aws_x.s"},
	},
	{
		name:  "loops nested in a JSON configuration",
		files: map[string]string{"main.tf.json": `{"locals": {"l": "${[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : 1]]]}"}}`},
		file:  "main.tf.json", line: 1, message: "MiB",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a huge count",
		files: map[string]string{"main.tf": `resource "aws_x" "c" { count = 100000000 }`},
		file:  "main.tf", line: 1, message: "count of 100000000 exceeds the 10000 instances evaluated",
		ids: []string{"aws_s3_bucket.ok", "aws_x.c"},
	},
	{
		name: "dynamic blocks nested deep and wide",
		files: map[string]string{"main.tf": `resource "aws_x" "d" {` +
			strings.Repeat("\n dynamic \"b\" {\n  for_each = range(10)\n  content {", 12) + strings.Repeat("\n}\n}", 12) + "\n}\n"},
		file: "main.tf", message: "more than 100000 resource, module and dynamic block instances",
		ids: []string{"aws_x.d"},
	},
	{
		name: "counted module calls nested",
		files: map[string]string{
			"main.tf":   `module "a" { source = "./a" }`,
			"a/main.tf": "module \"b\" {\n source = \"../b\"\n count = 1000\n}\n",
			"b/main.tf": "module \"c\" {\n source = \"../c\"\n count = 1000\n}\n",
			"c/main.tf": `resource "aws_x" "c" {}`,
		},
		file: "b/main.tf", message: "more than 100000 resource, module and dynamic block instances",
	},
	{
		name: "modules calling each other",
		files: map[string]string{
			"main.tf":   `module "a" { source = "./a" }`,
			"a/main.tf": `module "b" { source = "../b" }`,
			"b/main.tf": `module "a" { source = "../a" }`,
		},
		file: "b/main.tf", line: 1, message: "module \"a\" calls itself through a",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a JSON configuration that is an array",
		files: map[string]string{"main.tf.json": `[{"resource": {}}]`},
		file:  "main.tf.json", line: 1, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name:  "a JSON configuration that is a string",
		files: map[string]string{"main.tf.json": `"resource"`},
		file:  "main.tf.json", line: 1, message: "the file is not scanned",
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name: "a module cache manifest naming an absolute directory",
		files: map[string]string{
			"main.tf":                            `module "m" { source = "terraform-aws-modules/x/aws" }`,
			".terraform/modules/modules.json":    `{"Modules": [{"Key": "m", "Source": "x", "Dir": "/etc"}]}`,
			".terraform/modules/m/placeholder.x": "",
		},
		file: ".terraform/modules/modules.json", message: `places module "m" outside the scanned directory`,
		ids: []string{"aws_s3_bucket.ok"},
	},
	{
		name: "a module cache manifest leading out of the scan",
		files: map[string]string{
			"main.tf":                         `module "m" { source = "terraform-aws-modules/x/aws" }`,
			".terraform/modules/modules.json": `{"Modules": [{"Key": "m", "Source": "x", "Dir": "../../x"}]}`,
		},
		file: ".terraform/modules/modules.json", message: `places module "m" outside the scanned directory`,
		ids: []string{"aws_s3_bucket.ok"},
	},
}

func TestHostileInput(t *testing.T) {
	for _, tc := range hostileCases {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"ok.tf": {Data: []byte(sibling)}}
			for n, c := range tc.files {
				fsys[n] = &fstest.MapFile{Data: []byte(c)}
			}
			res := decode(t, fsys, Options{}, ".")
			found := false
			for _, d := range res.diags {
				if d.Range.File == tc.file && (tc.line == 0 || d.Range.Start.Line == tc.line) && strings.Contains(d.Message, tc.message) {
					found = true
				}
				assert.LessOrEqual(t, len(d.Message), maxMessage+len("… (message shortened)"), "a diagnostic quotes what it should only name")
			}
			if tc.message == "" {
				found = true // surviving is the point
			}
			assert.Truef(t, found, "no diagnostic at %s:%d saying %q in %v", tc.file, tc.line, tc.message, res.diags[:min(len(res.diags), 5)])
			for _, id := range tc.ids {
				res.get(t, id)
			}
		})
	}
}

// TestFilesOutsideTheScan reads files with paths that leave the scan root:
// the value is unknown, a diagnostic says why, and the content of the file
// is nowhere.
func TestFilesOutsideTheScan(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "secret"), []byte("TOP-SECRET-CONTENT"), 0o600))
	root := filepath.Join(dir, "root")
	require.NoError(t, os.Mkdir(root, 0o700))
	require.NoError(t, os.Symlink(filepath.Join("..", "secret"), filepath.Join(root, "link")))
	require.NoError(t, os.Symlink(dir, filepath.Join(root, "up")))
	calls := []string{
		`file("../secret")`, `file("/etc/passwd")`, `file("../../../../../../../etc/passwd")`, `file("~/.ssh/id_rsa")`,
		`templatefile("../secret", {})`, `filebase64("../secret")`, `filemd5("../secret")`, `filesha256("../secret")`,
		`fileset("..", "*")`, `fileset(".", "../*")`, `fileexists("../secret")`,
		`file("link")`, `templatefile("link", {})`, `filesha512("up/secret")`, `file("up/root/link")`, `fileexists("link")`,
	}
	var b strings.Builder
	for i, c := range calls {
		fmt.Fprintf(&b, "resource \"aws_x\" \"r%d\" { v = %s }\n", i, c)
	}
	b.WriteString("module \"m\" { source = \"./up\" }\n")
	require.NoError(t, os.WriteFile(filepath.Join(root, "main.tf"), []byte(b.String()), 0o600))

	conv, fold := convertAzure, foldAzure
	convertAzure = func(r parser.Resource) (parser.Resource, bool) { return r, false }
	foldAzure = func(rs []parser.Resource) []parser.Resource { return rs }
	defer func() { convertAzure, foldAzure = conv, fold }()
	src, err := parser.OpenSource(root, parser.SourceOptions{})
	require.NoError(t, err)
	defer src.Close()
	res, err := parser.Parse(t.Context(), src, []string{"main.tf"}, []parser.Decoder{New(Options{})})
	require.NoError(t, err)

	module := false
	for _, d := range res.Diagnostics {
		assert.NotContains(t, d.Message, "TOP-SECRET")
		module = module || d.Range.File == "up" && strings.Contains(d.Message, "outside the scanned directory")
	}
	assert.True(t, module, "a module directory linked out of the scan: no diagnostic in %v", res.Diagnostics)
	for i, c := range calls {
		var r *parser.Resource
		for j := range res.Resources {
			if res.Resources[j].ID == fmt.Sprintf("aws_x.r%d", i) {
				r = &res.Resources[j]
			}
		}
		require.NotNil(t, r, c)
		assert.True(t, r.IsUnknown(parser.Path{"v"}), "%s: %v", c, r.Properties["v"])
		found := false
		for _, d := range res.Diagnostics {
			if d.Range.Start.Line == i+1 && (strings.Contains(d.Message, "outside the scanned directory") || strings.Contains(d.Message, "absolute path")) {
				// The path, not what is there.
				assert.NotContains(t, d.Message, "TOP-SECRET")
				found = true
			}
		}
		assert.True(t, found, "%s: no diagnostic in %v", c, res.Diagnostics)
	}
}

func TestPlanJSONThatIsNotAnObject(t *testing.T) {
	for _, plan := range []string{`[{"format_version": "1.2", "planned_values": {}}]`, `"format_version"`, `{"format_version": "1.2", "planned_values": [`} {
		fsys := fstest.MapFS{"tfplan.json": {Data: []byte(plan)}}
		rs, ds, _ := New(Options{}).Decode(t.Context(), parser.NewSource(fsys), []string{"tfplan.json"})
		assert.Empty(t, rs)
		require.Len(t, ds, 1, plan)
		assert.Equal(t, "tfplan.json", ds[0].Range.File)
		assert.Equal(t, parser.DiagError, ds[0].Severity)
	}
}

// TestLargeFileIsParsed: a large configuration of ordinary shape is
// neither refused nor slowed by the nesting check (the check is linear;
// the test asserts the result, not the time).
func TestLargeFileIsParsed(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 2<<20; i++ {
		fmt.Fprintf(&b, "locals {\n  l%d = { a = [1, 2, (3 + 4) * 5], b = \"x-${%d}\" }\n}\n", i, i)
	}
	b.WriteString(sibling)
	fsys := fstest.MapFS{"main.tf": {Data: []byte(b.String())}}
	// Without the driver's deadline: a busy machine must not fail this.
	rs, ds, _ := New(Options{}).Decode(t.Context(), parser.NewSource(fsys), []string{"main.tf"})
	assert.Empty(t, ds)
	require.Len(t, rs, 1)
}

// fanOut is a chain of modules m0 → m1 → … each calling the next len(counts)
// times over, counts[i] being the count (or for_each) of the call in m<i>.
// Every module holds one resource, so the resources a unit produces count
// the module instances it evaluated.
func fanOut(counts []string, good bool) fstest.MapFS {
	fsys := fstest.MapFS{}
	dir := "fan"
	for i, c := range counts {
		fsys[dir+"/main.tf"] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"resource \"aws_x\" \"r\" {}\nmodule \"m%d\" {\n  %s\n  source = \"./m%d\"\n}\n", i+1, c, i+1))}
		dir = fmt.Sprintf("%s/m%d", dir, i+1)
	}
	fsys[dir+"/main.tf"] = &fstest.MapFile{Data: []byte(`resource "aws_x" "r" {}`)}
	if good {
		fsys["good/main.tf"] = &fstest.MapFile{Data: []byte(sibling)}
	}
	return fsys
}

// TestModuleFanOut: counted module calls multiply, and the product is
// refused at the count that passes the unit's budget of block instances,
// before its instances are built: the unit stops after evaluating a few
// instances, not the 100,000 the budget allows.
func TestModuleFanOut(t *testing.T) {
	const each1000 = `for_each = toset([for i in range(1000) : tostring(i)])`
	for _, tc := range []struct {
		name   string
		counts []string
		// file is where the product passes the budget, on line 3.
		file, message string
		// resources is how many the root unit produces at most.
		resources int
	}{
		{name: "100 four levels deep", counts: []string{"count = 100", "count = 100", "count = 100", "count = 100"},
			file: "fan/m1/m2/main.tf", message: "count of 100 in a module evaluated 10000 times makes 1000000 instances, more than 100000 resource, module and dynamic block instances", resources: 3},
		{name: "1000 two levels deep", counts: []string{"count = 1000", "count = 1000"},
			file: "fan/m1/main.tf", message: "count of 1000 in a module evaluated 1000 times makes 1000000 instances, more than 100000", resources: 2},
		{name: "for_each 1000 two levels deep", counts: []string{each1000, each1000},
			file: "fan/m1/main.tf", message: "for_each of 1000 in a module evaluated 1000 times makes 1000000 instances", resources: 2},
		{name: "11 under 10000", counts: []string{"count = 10000", "count = 11"},
			file: "fan/m1/main.tf", message: "count of 11 in a module evaluated 10000 times makes 110000", resources: 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fanOut(tc.counts, true)
			rs, ds, _ := New(Options{}).Decode(t.Context(), parser.NewSource(fsys), []string{"fan/main.tf"})
			assert.LessOrEqual(t, len(rs), tc.resources, "instances evaluated before the fan-out was refused")
			require.NotEmpty(t, ds)
			found := false
			for _, d := range ds {
				if d.Severity == parser.DiagError && d.Range.File == tc.file && d.Range.Start.Line == 3 && strings.Contains(d.Message, tc.message) {
					found = true
				}
			}
			assert.Truef(t, found, "no error at %s:3 saying %q in %v", tc.file, tc.message, ds)

			// The whole scan: every module directory is a unit of its own,
			// and the directory beside the fan is still scanned.
			res := decode(t, fsys, Options{})
			res.get(t, "aws_s3_bucket.ok")
		})
	}
}

// TestModuleFanOutWithinBudget: a tree of 10,000 module instances is
// evaluated whole.
func TestModuleFanOutWithinBudget(t *testing.T) {
	rs, ds, _ := New(Options{}).Decode(t.Context(), parser.NewSource(fanOut([]string{"count = 10", "count = 10", "count = 100"}, false)), []string{"fan/main.tf"})
	assert.Empty(t, errorsOf(ds, parser.DiagError))
	assert.Len(t, rs, 1+10+100+10000)
}

// TestPlanJSONOfWrongTypes: every member of a plan the decoder reads that
// has another type than `terraform show -json` writes is reported at its
// place (an error when resources are lost through it), and the rest of the
// plan is still read.
func TestPlanJSONOfWrongTypes(t *testing.T) {
	type want struct {
		line    int
		sev     parser.DiagSeverity
		message string
	}
	for _, tc := range []struct {
		name  string
		plan  string
		diags []want
		ids   []string
	}{
		{
			name: "every container",
			plan: `{"format_version": "1.2",
"planned_values": {"root_module": {"resources": "x",
  "child_modules": 7}},
"resource_changes": {"a": 1},
"configuration": []}`,
			diags: []want{
				{2, parser.DiagError, "planned_values.root_module.resources is a string where a plan has an array; the resources of this module are not scanned"},
				{3, parser.DiagError, "planned_values.root_module.child_modules is a number where a plan has an array"},
				{4, parser.DiagError, "resource_changes is an object where a plan has an array; the plan's resources are not scanned"},
				{5, parser.DiagWarning, "configuration is an array where a plan has an object; the azurerm provider version is not known"},
			},
		},
		{
			name: "resources",
			plan: `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [
  {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {"bucket": "b"}},
  7,
  {"address": 1, "type": "aws_x", "name": "c", "values": {}},
  {"address": "aws_x.v", "type": "aws_x", "name": "v", "values": "v"},
  {"address": "aws_x.m", "mode": false, "type": "aws_x", "name": ["m"], "values": {}}
], "child_modules": [{"resources": [], "child_modules": [null, "m"]}]}},
"resource_changes": [
  {"address": "aws_s3_bucket.b", "change": {"after_unknown": 5}},
  {"address": "aws_x.v", "change": "x"},
  "c"
],
"variables": {"a": 3},
"configuration": {"provider_config": {"azurerm": {"version_constraint": 5}}}}`,
			diags: []want{
				{3, parser.DiagError, "planned_values.root_module.resources[1] is a number where a plan has an object; the resource is not scanned"},
				{4, parser.DiagError, "planned_values.root_module.resources[2].address is a number where a plan has a string; the resource is not scanned"},
				{5, parser.DiagError, "planned_values.root_module.resources[3].values is a string where a plan has an object; the resource is scanned without its values"},
				{6, parser.DiagWarning, "planned_values.root_module.resources[4].mode is a boolean where a plan has a string; it is read as a managed resource"},
				{6, parser.DiagWarning, "planned_values.root_module.resources[4].name is an array where a plan has a string"},
				{7, parser.DiagError, "planned_values.root_module.child_modules[0].child_modules[1] is a string where a plan has an object"},
				{9, parser.DiagWarning, "resource_changes[0].change.after_unknown is a number where a plan has an object; the values of the resource are read as known"},
				{10, parser.DiagWarning, "resource_changes[1].change is a string where a plan has an object"},
				{11, parser.DiagWarning, "resource_changes[2] is a string where a plan has an object"},
				{13, parser.DiagWarning, "a variable of the plan is a number where a plan has an object with its value"},
				{14, parser.DiagWarning, "configuration.provider_config.azurerm.version_constraint is a number where a plan has a string"},
			},
			ids: []string{"aws_s3_bucket.b", "aws_x.m", "aws_x.v"},
		},
		{
			name: "changes alone",
			plan: `{"format_version": "1.2", "resource_changes": [
  {"address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "name": "b", "change": {"after": {"bucket": "b"}}},
  {"address": "aws_x.a", "type": "aws_x", "name": "a", "change": {"after": []}},
  {"address": 2, "change": {}}
]}`,
			diags: []want{
				{3, parser.DiagWarning, "resource_changes[1].change.after is an array where a plan has an object; the resource is not scanned"},
				{4, parser.DiagError, "resource_changes[2].address is a number where a plan has a string; the change is not read"},
			},
			ids: []string{"aws_s3_bucket.b"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{"tfplan.json": {Data: []byte(tc.plan)}}
			rs, ds, _ := New(Options{}).Decode(t.Context(), parser.NewSource(fsys), []string{"tfplan.json"})
			var ids []string
			for _, r := range rs {
				ids = append(ids, r.ID)
			}
			assert.ElementsMatch(t, tc.ids, ids)
			var got []want
			for _, d := range ds {
				assert.Equal(t, "tfplan.json", d.Range.File)
				got = append(got, want{d.Range.Start.Line, d.Severity, d.Message})
			}
			require.Len(t, got, len(tc.diags), "%v", ds)
			for _, w := range tc.diags {
				found := false
				for _, g := range got {
					found = found || g.line == w.line && g.sev == w.sev && strings.Contains(g.message, w.message)
				}
				assert.Truef(t, found, "no %v at line %d saying %q in %v", w.sev, w.line, w.message, ds)
			}
		})
	}
}

// TestFileSizeLimitIsTheSources: the Source's size limit is the only one:
// a configuration file or a file read by file() over it is reported by
// name, and one under it is read however large (the decoder had a 16 MiB
// limit of its own).
func TestFileSizeLimitIsTheSources(t *testing.T) {
	big := "# " + strings.Repeat("x", 17<<20) + "\n" + `resource "aws_x" "big" {}` + "\n"
	fsys := fstest.MapFS{
		"ok.tf":    {Data: []byte(sibling)},
		"big.tf":   {Data: []byte(big)},
		"read.tf":  {Data: []byte(`resource "aws_x" "r" { v = file("data.txt") }` + "\n")},
		"data.txt": {Data: []byte(strings.Repeat("d", 2048))},
	}
	for _, tc := range []struct {
		name  string
		limit int64
		ids   []string
		// diags are the files reported as too large.
		diags []string
	}{
		{name: "1 KiB", limit: 1 << 10, ids: []string{"aws_s3_bucket.ok", "aws_x.r"}, diags: []string{"big.tf", "read.tf"}},
		{name: "32 MiB", limit: 32 << 20, ids: []string{"aws_s3_bucket.ok", "aws_x.big", "aws_x.r"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := parser.NewSource(fsys)
			src.SetMaxFileSize(tc.limit)
			rs, ds, _ := New(Options{}).Decode(t.Context(), src, []string{"ok.tf", "big.tf", "read.tf"})
			var ids, tooLarge []string
			for _, r := range rs {
				ids = append(ids, r.ID)
			}
			for _, d := range ds {
				if strings.Contains(d.Message, "larger than the file size limit") {
					tooLarge = append(tooLarge, d.Range.File)
				}
			}
			assert.ElementsMatch(t, tc.ids, ids)
			assert.ElementsMatch(t, tc.diags, tooLarge, "%v", ds)
		})
	}
}

// TestPlanJSONOfManyWrongMembers: the diagnostics of a plan are bounded,
// and the resources among the wrong members are still read.
func TestPlanJSONOfManyWrongMembers(t *testing.T) {
	plan := `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [` +
		strings.Repeat(`1, {"address": 2}, `, 100000) +
		`{"address": "aws_s3_bucket.b", "type": "aws_s3_bucket", "name": "b", "values": {}}]}}}`
	fsys := fstest.MapFS{"tfplan.json": {Data: []byte(plan)}}
	rs, ds, _ := New(Options{}).Decode(t.Context(), parser.NewSource(fsys), []string{"tfplan.json"})
	require.Len(t, rs, 1)
	assert.Equal(t, "aws_s3_bucket.b", rs[0].ID)
	assert.Len(t, ds, maxDiagsPerUnit)
}
