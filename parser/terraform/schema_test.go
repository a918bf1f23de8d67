package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
)

// TestTypeConversion: values reach policies in the types Terraform gives
// them, first the declared variable type, then the provider schema type
// of the attribute.
func TestTypeConversion(t *testing.T) {
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`
variable "rules" {
  type    = map(list(any))
  default = { ssh = [22, 22, "tcp"] }
}

variable "net" {
  type = object({
    cidr    = string
    private = optional(bool, true)
    ports   = optional(list(number), [443])
  })
  default = { cidr = "10.0.0.0/8" }
}

resource "aws_security_group_rule" "ssh" {
  from_port   = var.rules["ssh"][0]
  to_port     = "22"
  protocol    = -1
  self        = "true"
  description = 22
}

resource "aws_s3_bucket" "b" {
  bucket = "${var.net.cidr}-${var.net.private}"
  tags   = { ports = join(",", var.net.ports), first = var.rules["ssh"][0] }
}

resource "google_compute_firewall" "f" {
  priority = "1000"
  disabled = "maybe"
  allow {
    protocol = "tcp"
    ports    = [22, "80-90"]
  }
}
`)}}
	res := decode(t, fsys, Options{})

	sg := res.get(t, "aws_security_group_rule.ssh")
	assert.Equal(t, int64(22), sg.Properties["from_port"], "map(list(any)) made it \"22\"; the schema makes it a number again")
	assert.Equal(t, int64(22), sg.Properties["to_port"])
	assert.Equal(t, "-1", sg.Properties["protocol"], "protocol is a string in the schema")
	assert.Equal(t, true, sg.Properties["self"])
	assert.Equal(t, int64(22), sg.Properties["description"], "an attribute the table does not know keeps its value")

	b := res.get(t, "aws_s3_bucket.b")
	assert.Equal(t, "10.0.0.0/8-true", b.Properties["bucket"], "optional() defaults apply")
	assert.Equal(t, map[string]any{"ports": "443", "first": "22"}, b.Properties["tags"],
		"the list(any) of the variable holds strings, as in Terraform")

	f := res.get(t, "google_compute_firewall.f")
	assert.Equal(t, int64(1000), f.Properties["priority"])
	assert.Equal(t, "maybe", f.Properties["disabled"], "a value that does not convert stays as written")
	assert.Equal(t, []any{"22", "80-90"}, f.Properties["allow"].([]any)[0].(map[string]any)["ports"])
}
