package terraform

import (
	"encoding/json"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

// TestIAMPolicyDocument evaluates aws_iam_policy_document as the AWS
// provider computes `json`, and checks what a resource that uses it holds:
// the JSON string when the document is known, the decoded document with
// its unknown parts listed when it is not.
func TestIAMPolicyDocument(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		hcl  string
		// policy is the JSON the policy attribute holds (known), or the
		// decoded document (partly known) with unknown listing its
		// unknown paths; nil with unknown ["policy"] when wholly unknown.
		policy  string
		partial bool
		unknown []string
	}{{
		name: "defaults, one-element lists as strings, principals and conditions",
		hcl: `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::1:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-1"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-1", "vpce-2"]
    }
  }
  statement {
    sid         = "Everyone"
    effect      = "Deny"
    not_actions = ["s3:Get*"]
    resources   = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}`,
		policy: `{"Statement":[
  {"Action":"s3:GetObject","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1","aws:SourceVpce":["vpce-1","vpce-2"]}},
   "Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:root"},"Resource":["arn:aws:s3:::a/*","arn:aws:s3:::b/*"]},
  {"Effect":"Deny","NotAction":"s3:Get*","Principal":"*","Resource":"*","Sid":"Everyone"}],
 "Version":"2012-10-17"}`,
	}, {
		name: "source documents first, own statements and overrides replace by Sid",
		hcl: `data "aws_iam_policy_document" "base" {
  version   = "2012-10-17"
  policy_id = "base"
  statement {
    sid       = "A"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  statement {
    sid       = "B"
    actions   = ["s3:ListBucket"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "override" {
  statement {
    sid       = "B"
    actions   = ["s3:ListAllMyBuckets"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "d" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = [data.aws_iam_policy_document.override.json]
  statement {
    sid       = "A"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
  statement {
    actions   = ["s3:DeleteObject"]
    resources = ["*"]
  }
}`,
		policy: `{"Statement":[
  {"Action":"s3:PutObject","Effect":"Allow","Resource":"*","Sid":"A"},
  {"Action":"s3:ListAllMyBuckets","Effect":"Allow","Resource":"*","Sid":"B"},
  {"Action":"s3:DeleteObject","Effect":"Allow","Resource":"*"}],
 "Version":"2012-10-17"}`,
	}, {
		name: "dynamic statements and count",
		hcl: `locals {
  buckets = ["a", "b"]
}
data "aws_iam_policy_document" "each" {
  count = 2
  dynamic "statement" {
    for_each = local.buckets
    content {
      actions   = ["s3:GetObject"]
      resources = ["arn:aws:s3:::${statement.value}-${count.index}/*"]
    }
  }
}
data "aws_iam_policy_document" "d" {
  source_policy_documents = [data.aws_iam_policy_document.each[1].json]
}`,
		policy: `{"Statement":[
  {"Action":"s3:GetObject","Effect":"Allow","Resource":"arn:aws:s3:::a-1/*"},
  {"Action":"s3:GetObject","Effect":"Allow","Resource":"arn:aws:s3:::b-1/*"}],
 "Version":"2012-10-17"}`,
	}, {
		name: "another resource's ARN: the document is partly known",
		hcl: `resource "aws_s3_bucket" "b" {
  bucket = "b"
}
variable "org" {}
data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.b.arn}/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.org]
    }
  }
}`,
		policy:  `{"Statement":[{"Action":["s3:GetObject","s3:PutObject"],"Condition":{"StringEquals":{}},"Effect":"Allow"}],"Version":"2012-10-17"}`,
		partial: true,
		unknown: []string{`policy.Statement[0].Condition.StringEquals["aws:PrincipalOrgID"]`, "policy.Statement[0].Resource"},
	}, {
		name: "a hand-written source document with one Statement object",
		hcl: `data "aws_iam_policy_document" "d" {
  source_policy_documents = [<<-JSON
    {"Version": "2012-10-17", "Statement": {"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}}
  JSON
  ]
}`,
		policy: `{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*","Sid":"All"}],"Version":"2012-10-17"}`,
	}, {
		name: "a source document that is not known makes it unknown",
		hcl: `variable "doc" {}
data "aws_iam_policy_document" "d" {
  source_policy_documents = [var.doc]
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}`,
		unknown: []string{"policy"},
	}, {
		name: "a principal type that is not known makes the principal unknown",
		hcl: `variable "type" {}
data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
    principals {
      type        = var.type
      identifiers = ["*"]
    }
  }
}`,
		policy:  `{"Statement":[{"Action":"s3:GetObject","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}`,
		partial: true,
		unknown: []string{"policy.Statement[0].Principal"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fsys := fstest.MapFS{"main.tf": {Data: []byte(tt.hcl + `
resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.d.json
}
`)}}
			res := decode(t, fsys, Options{})
			assert.Empty(t, errorsOf(res.diags, parser.DiagError))
			p := res.get(t, "aws_iam_policy.p")
			var unknown []string
			for _, u := range p.Unknown {
				unknown = append(unknown, u.String())
			}
			assert.ElementsMatch(t, tt.unknown, unknown)
			got, has := p.Properties["policy"]
			if tt.policy == "" {
				assert.False(t, has)
				return
			}
			require.True(t, has)
			if tt.partial {
				b, err := json.Marshal(got)
				require.NoError(t, err)
				assert.JSONEq(t, tt.policy, string(b))
				return
			}
			s, ok := got.(string)
			require.True(t, ok, "want a JSON string, got %T", got)
			assert.JSONEq(t, tt.policy, s)
			// Findings on the policy also point at the block it came from.
			assert.NotEmpty(t, p.Origins["policy"])
		})
	}
}

// TestJSONEncodePartial: jsonencode of a partly known value keeps the
// known part in the model, and its ranges point into the expression.
func TestJSONEncodePartial(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_iam_role_policy" "p" {
  role = "r"
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      Action   = ["sagemaker:*"]
      Resource = aws_s3_bucket.b.arn
    }]
  })
}
resource "aws_iam_role_policy" "known" {
  role   = "r"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
}
`)}}
	res := decode(t, fsys, Options{})
	p := res.get(t, "aws_iam_role_policy.p")
	b, err := json.Marshal(p.Properties["policy"])
	require.NoError(t, err)
	assert.JSONEq(t, `{"Statement":[{"Action":["sagemaker:*"],"Effect":"Allow"}]}`, string(b))
	assert.Equal(t, []parser.Path{{"policy", "Statement", 0, "Resource"}}, p.Unknown)
	assert.Equal(t, rng("main.tf", 9, 19, 9, 32), noBytes(p.Locate(parser.Path{"policy", "Statement", 0, "Action", 0})))

	k := res.get(t, "aws_iam_role_policy.known")
	assert.JSONEq(t, `{"Statement":[{"Action":"s3:*","Effect":"Allow","Resource":"*"}]}`, k.Properties["policy"].(string))
	assert.Equal(t, rng("main.tf", 16, 86, 16, 89), noBytes(k.Locate(parser.Path{"policy", "Statement", 0, "Resource"})))
}

// TestGoogleIAMPolicy computes policy_data, and keeps what is known of a
// member that names another resource: its "serviceAccount:" prefix.
func TestGoogleIAMPolicy(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`resource "google_service_account" "sa" {
  account_id = "sa"
}
data "google_iam_policy" "known" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"]
  }
}
data "google_iam_policy" "partial" {
  binding {
    role    = "roles/owner"
    members = ["user:a@example.com", "serviceAccount:${google_service_account.sa.email}"]
  }
}
resource "google_storage_bucket_iam_policy" "known" {
  bucket      = "b"
  policy_data = data.google_iam_policy.known.policy_data
}
resource "google_project_iam_policy" "partial" {
  project     = "p"
  policy_data = data.google_iam_policy.partial.policy_data
}
resource "google_project_iam_member" "m" {
  project = "p"
  role    = "roles/editor"
  member  = "serviceAccount:${google_service_account.sa.email}"
}
`)}}
	res := decode(t, fsys, Options{})
	known := res.get(t, "google_storage_bucket_iam_policy.known")
	assert.JSONEq(t, `{"bindings":[{"members":["allUsers"],"role":"roles/storage.objectViewer"}]}`, known.Properties["policy_data"].(string))

	partial := res.get(t, "google_project_iam_policy.partial")
	b, err := json.Marshal(partial.Properties["policy_data"])
	require.NoError(t, err)
	assert.JSONEq(t, `{"bindings":[{"members":["user:a@example.com",null],"role":"roles/owner"}]}`, string(b))
	assert.Equal(t, []parser.Path{{"policy_data", "bindings", 0, "members", 1}}, partial.Unknown)
	assert.Equal(t, map[string]string{"policy_data.bindings[0].members[1]": "serviceAccount:"}, partial.UnknownPrefix)

	m := res.get(t, "google_project_iam_member.m")
	assert.Equal(t, []parser.Path{{"member"}}, m.Unknown)
	assert.Equal(t, map[string]string{"member": "serviceAccount:"}, m.UnknownPrefix)
}

// TestPartialJSONOnlyWhenPassedThrough: a string computed from a partly
// known document (replace(jsonencode(...))) is not that document.
func TestPartialJSONOnlyWhenPassedThrough(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`resource "aws_s3_bucket" "b" {
  bucket = "b"
}
locals {
  doc = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:*", Resource = aws_s3_bucket.b.arn }] })
}
resource "aws_iam_policy" "via_local" {
  policy = local.doc
}
resource "aws_iam_policy" "template" {
  policy = "${local.doc}"
}
resource "aws_iam_policy" "changed" {
  policy = replace(local.doc, "s3:*", "s3:GetObject")
}
`)}}
	res := decode(t, fsys, Options{})
	for _, id := range []string{"aws_iam_policy.via_local", "aws_iam_policy.template"} {
		p := res.get(t, id)
		assert.IsType(t, map[string]any{}, p.Properties["policy"], id)
		assert.Equal(t, []parser.Path{{"policy", "Statement", 0, "Resource"}}, p.Unknown, id)
	}
	changed := res.get(t, "aws_iam_policy.changed")
	assert.NotContains(t, changed.Properties, "policy")
	assert.Equal(t, []parser.Path{{"policy"}}, changed.Unknown)
}

// TestPolicyDocumentRanges: the parts of a document a data block computed
// point at the block that wrote them, through source and override
// documents, so findings land on the statement to fix.
func TestPolicyDocumentRanges(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["*"]
  }
}
data "aws_iam_policy_document" "d" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
}
resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.d.json
}
data "google_iam_policy" "g" {
  binding {
    role    = "roles/owner"
    members = ["allUsers"]
  }
}
resource "google_project_iam_policy" "g" {
  project     = "p"
  policy_data = data.google_iam_policy.g.policy_data
}
`)}}
	res := decode(t, fsys, Options{})
	p := res.get(t, "aws_iam_policy.p")
	tests := []struct {
		path parser.Path
		want parser.Range
	}{
		{parser.Path{"policy", "Statement", 0, "Action", 1}, rng("main.tf", 4, 34, 4, 49)},
		{parser.Path{"policy", "Statement", 0, "Resource"}, rng("main.tf", 5, 18, 5, 21)},
		{parser.Path{"policy", "Statement", 1, "Action"}, rng("main.tf", 11, 18, 11, 32)},
		{parser.Path{"policy", "Statement", 1, "Condition"}, rng("main.tf", 10, 3, 13, 4)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, noBytes(p.Locate(tt.path)), tt.path.String())
	}
	g := res.get(t, "google_project_iam_policy.g")
	assert.Equal(t, rng("main.tf", 21, 16, 21, 26), noBytes(g.Locate(parser.Path{"policy_data", "bindings", 0, "members", 0})))
}
