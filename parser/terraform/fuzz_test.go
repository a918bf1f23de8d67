package terraform

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/posture-dev/posture/parser"
)

// FuzzDecode evaluates arbitrary configuration beside a fixed module and a
// tfvars file. It must never panic nor crash, whatever the input. How long
// decoding may take is bounded by the decoder's budgets (nesting, value
// weight, iterations, instances), which count work; the fuzz target does
// not measure time, which depends on how busy the machine is.
func FuzzDecode(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".tf") {
				f.Add(file.Data, []byte("x = 1\n"))
			}
		}
	}
	f.Add([]byte(`locals { a = [for i in range(100) : [for j in range(100) : i * j]] }`), []byte(""))
	f.Add([]byte(`module "m" { source = "./" }`), []byte(""))
	f.Add([]byte(`data "aws_iam_policy_document" "d" {
  source_policy_documents = [data.aws_iam_policy_document.d.json]
  statement {
    actions   = [var.x]
    resources = ["${aws_x.y.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
data "google_iam_policy" "g" {
  binding {
    role    = "roles/owner"
    members = ["serviceAccount:${aws_x.y.id}"]
  }
}
resource "aws_x" "y" { p = jsonencode({ a = [aws_x.y.id], b = data.aws_iam_policy_document.d.json }) }`), []byte("x = \"s3:*\"\n"))
	// Small versions of the hostile inputs of hostile_test.go.
	for _, tc := range hostileCases {
		if c, ok := tc.files["main.tf"]; ok && len(c) < 4096 {
			f.Add([]byte(c), []byte(""))
		}
	}
	f.Add([]byte("locals {\n  a = "+deep("(", "1", ")", 600)+"\n}\n"), []byte(""))
	f.Add([]byte("locals {\n  a = "+strings.Repeat("!", 600)+"true\n}\n"), []byte(""))
	f.Add([]byte("resource \"aws_x\" \"y\" {\n v = \""+deep("%{ if true }", "x", "%{ endif }", 600)+"\"\n}\n"), []byte(""))
	f.Add([]byte("locals {\n  s0 = \"xx\"\n  s1 = \"${local.s0}${local.s0}\"\n  s2 = \"${local.s1}${local.s1}\"\n}\n"), []byte(""))
	f.Add([]byte(`resource "aws_x" "y" { v = file("../../etc/passwd") }`), []byte(`x = `+deep("[", "1", "]", 600)))
	f.Fuzz(func(t *testing.T, config, tfvars []byte) {
		fsys := fstest.MapFS{
			"main.tf":             {Data: config},
			"terraform.tfvars":    {Data: tfvars},
			"mod/main.tf":         {Data: []byte("variable \"v\" {}\nresource \"aws_x\" \"y\" { v = var.v }\noutput \"o\" { value = var.v }\n")},
			"tpl/a.tpl":           {Data: []byte("${x}")},
			".terraform.lock.hcl": {Data: []byte(`provider "registry.terraform.io/hashicorp/azurerm" { version = "4.0.0" }`)},
		}
		d := New(Options{Env: []string{"TF_VAR_v=1"}})
		rs, _, _ := d.Decode(context.Background(), parser.NewSource(fsys), []string{"main.tf"})
		for _, r := range rs {
			if r.ID == "" || r.Type == "" {
				t.Fatalf("resource without ID or type: %+v", r)
			}
		}
	})
}

// FuzzPlan reads arbitrary plan JSON.
func FuzzPlan(f *testing.F) {
	ar, err := txtar.ParseFile(filepath.Join("testdata", "plan.txtar"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range ar.Files {
		if strings.HasSuffix(file.Name, ".json") {
			f.Add(file.Data)
		}
	}
	f.Add([]byte(`[{"format_version": "1.2", "planned_values": {}}]`))
	f.Add([]byte(`{"format_version": "1.2", "planned_values": ` + deep("[", "", "]", 600) + `}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{"tfplan.json": {Data: b}}
		d := New(Options{})
		_, _, _ = d.Decode(context.Background(), parser.NewSource(fsys), []string{"tfplan.json"})
	})
}
