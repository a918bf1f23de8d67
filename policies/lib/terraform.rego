# Helpers for the policies of resources that keep their Terraform type and
# attributes (AWS and Google Cloud): nested blocks are lists of objects, as
# in plan JSON (docs/CONTRACT.md), and messages use HCL syntax.
package posture.lib.terraform

import data.posture.lib

# label names the resource in messages by its Terraform address
# (aws_s3_bucket.data, module.ml.aws_sagemaker_domain.this[0]).
label := input.address

# found(path, default_desc) describes the value at path in Terraform syntax:
# `direct_internet_access = "Enabled"`, `… is not set (<default_desc>)`, or
# `… is not known before apply` (for findings listed with --show-unknown).
found(path, default_desc) := sprintf("%s is not known before apply", [hcl_path(path)]) if {
	input.unknown[lib.path_string(path)]
} else := sprintf("%s is not set (%s)", [hcl_path(path), default_desc]) if {
	object.get(input.resource, path, null) == null
} else := sprintf("%s = %s", [hcl_path(path), json.marshal(object.get(input.resource, path, null))])

# hcl_path renders a model path as the user reads it in HCL: block and
# attribute names joined by dots, with an index only for a repeated block
# (`vpc_config.endpoint_public_access`, `ingress[1].cidr_blocks`).
hcl_path(path) := concat("", [seg |
	some i, x in path
	seg := _segment(path, i, x)
])

_segment(_, 0, x) := x if is_string(x)

_segment(_, i, x) := concat("", [".", x]) if {
	i > 0
	is_string(x)
}

_segment(path, i, x) := "" if {
	is_number(x)
	count(object.get(input.resource, array.slice(path, 0, i), [])) <= 1
}

_segment(path, i, x) := sprintf("[%d]", [x]) if {
	is_number(x)
	count(object.get(input.resource, array.slice(path, 0, i), [])) > 1
}

# block_path is the path of the first block named name, or of the name when
# the block is absent (findings then point at the resource header).
block_path(name) := [name, 0] if count(object.get(input.resource, name, [])) > 0

else := [name]
