package terraform

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/posture-dev/posture/parser"
)

// FuzzDecode evaluates arbitrary configuration beside a fixed module and a
// tfvars file. It must never panic nor take long, whatever the input.
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
	f.Add([]byte(`locals { a = [for i in range(1000) : [for j in range(1000) : i * j]] }`), []byte(""))
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
	f.Fuzz(func(t *testing.T, config, tfvars []byte) {
		fsys := fstest.MapFS{
			"main.tf":             {Data: config},
			"terraform.tfvars":    {Data: tfvars},
			"mod/main.tf":         {Data: []byte("variable \"v\" {}\nresource \"aws_x\" \"y\" { v = var.v }\noutput \"o\" { value = var.v }\n")},
			"tpl/a.tpl":           {Data: []byte("${x}")},
			".terraform.lock.hcl": {Data: []byte(`provider "registry.terraform.io/hashicorp/azurerm" { version = "4.0.0" }`)},
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		start := time.Now()
		d := New(Options{Env: []string{"TF_VAR_v=1"}})
		rs, _ := d.Decode(ctx, parser.NewSource(fsys), []string{"main.tf"})
		if time.Since(start) > 10*time.Second {
			t.Fatalf("decoding took %s", time.Since(start))
		}
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
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := fstest.MapFS{"tfplan.json": {Data: b}}
		d := New(Options{})
		_, _ = d.Decode(context.Background(), parser.NewSource(fsys), []string{"tfplan.json"})
	})
}
