package terraform

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/posture-dev/posture/parser"
)

func TestDownloadedModulePointsAtTheCaller(t *testing.T) {
	res := decode(t, fixtureFS(t, "placement"), Options{}, "envs/prod")
	mod := "envs/prod/.terraform/modules/web/main.tf"

	sg := res.get(t, "module.web.aws_security_group_rule.ssh")
	// The user's argument carried the value: it is the place, the line in
	// the module the related one.
	assert.Equal(t, rng("envs/prod/main.tf", 4, 18, 4, 29), noBytes(sg.Ranges["cidr_blocks[0]"]))
	assert.Equal(t, []parser.Range{rng("envs/prod/main.tf", 4, 18, 4, 29), rng(mod, 11, 18, 11, 34)},
		noBytesAll(sg.Origins["cidr_blocks[0]"]))
	// The module's own default: the module block is the place.
	assert.Equal(t, rng("envs/prod/main.tf", 1, 1, 1, 13), noBytes(sg.Ranges["from_port"]))
	assert.Equal(t, []parser.Range{rng(mod, 8, 17, 8, 29)}, noBytesAll(sg.Origins["from_port"]))
	// A finding on the resource as a whole, or on what it does not set.
	assert.Equal(t, rng("envs/prod/main.tf", 1, 1, 1, 13), noBytes(sg.Header))
	assert.Equal(t, rng("envs/prod/main.tf", 1, 1, 5, 2), noBytes(sg.Range))
	assert.Equal(t, []parser.Range{rng("envs/prod/main.tf", 1, 1, 1, 13), rng(mod, 6, 1, 6, 41)}, noBytesAll(sg.Origins[""]))

	// A module nested in the download: still the user's module block.
	logs := res.get(t, "module.web.module.logs.aws_s3_bucket.logs")
	assert.Equal(t, rng("envs/prod/main.tf", 1, 1, 1, 13), noBytes(logs.Header))
	assert.Equal(t, rng("envs/prod/main.tf", 1, 1, 1, 13), noBytes(logs.Ranges["bucket"]))
	assert.Equal(t, []parser.Range{rng("envs/prod/main.tf", 1, 1, 1, 13), rng("envs/prod/.terraform/modules/web/modules/logs/main.tf", 1, 1, 1, 32)},
		noBytesAll(logs.Origins[""]))
}

func TestSharedModuleNamesTheRootCall(t *testing.T) {
	res := decode(t, fixtureFS(t, "placement"), Options{}, "envs/prod", "envs/dev")
	var calls []parser.Range
	for _, r := range res.all {
		if r.ID != "module.shared.aws_s3_bucket.shared" {
			continue
		}
		assert.Equal(t, rng("modules/shared/main.tf", 1, 1, 1, 34), noBytes(r.Header), "the finding stays in the module")
		assert.Len(t, r.Origins[""], 1)
		calls = append(calls, noBytesAll(r.Origins[""])...)
	}
	assert.ElementsMatch(t, []parser.Range{rng("envs/prod/main.tf", 7, 1, 7, 16), rng("envs/dev/main.tf", 1, 1, 1, 16)}, calls,
		"each root's call is its own instance, named by the root's module block")
}

func TestUnknownCountIsANote(t *testing.T) {
	fsys := fstest.MapFS{"main.tf": {Data: []byte(`variable "n" {
  type = number
}

resource "aws_s3_bucket" "each" {
  count  = var.n
  bucket = "b-${count.index}"
}

module "m" {
  source   = "./m"
  for_each = toset([aws_s3_bucket.each[0].id])
}
`)}, "m/main.tf": {Data: []byte(`resource "aws_sqs_queue" "q" {}
`)}}
	res := decode(t, fsys, Options{ShowUnknown: true}, ".")
	notes := errorsOf(res.diags, parser.DiagNote)
	require.Len(t, notes, 3)
	assert.Equal(t, parser.Diagnostic{Severity: parser.DiagNote, Range: rng("main.tf", 6, 12, 6, 17),
		Message: "aws_s3_bucket.each: count cannot be known before apply, so how many instances there are is unknown; one instance is checked for all of them, with count.index unknown"},
		noBytesDiag(notes[1]))
	assert.Equal(t, parser.Diagnostic{Severity: parser.DiagNote, Range: rng("main.tf", 12, 14, 12, 47),
		Message: "module.m: for_each cannot be known before apply, so how many instances there are is unknown; one instance is checked for all of them, with each.key and each.value unknown"},
		noBytesDiag(notes[2]))
	assert.Contains(t, res.ids, "module.m.aws_sqs_queue.q", "the one instance is still checked")

	quiet := decode(t, fsys, Options{}, ".")
	assert.Empty(t, errorsOf(quiet.diags, parser.DiagNote), "without --show-unknown")
}

func noBytesDiag(d parser.Diagnostic) parser.Diagnostic {
	d.Range = noBytes(d.Range)
	return d
}
