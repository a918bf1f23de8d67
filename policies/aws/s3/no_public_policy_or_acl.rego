# METADATA
# title: No public S3 bucket policy or ACL
# description: |
#   A bucket policy statement that allows Principal "*" without a condition
#   restricting the caller (aws:SourceVpce, aws:PrincipalOrgID,
#   aws:SourceArn, …), or a public canned ACL or grant, exposes training
#   data, datasets and model weights to the whole internet.
# custom:
#   id: AWS-S3-002
#   severity: critical
#   resource_types: [aws_s3_bucket_policy, aws_s3_bucket_acl, aws_s3_bucket]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#     aws-fsbp: [S3.2, S3.3]
#   remediation:
#     terraform: >-
#       Name the principals that need access instead of `Principal = "*"` (or add a `Condition` on `aws:SourceVpce` or `aws:PrincipalOrgID`), set `acl = "private"` and remove grants to the AllUsers and AuthenticatedUsers groups.
#   since: 0.1.0
package posture.aws.s3.no_public_policy_or_acl

import data.posture.lib.aws
import data.posture.lib.terraform

public_acls := {"public-read", "public-read-write", "authenticated-read"}

public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers": "AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers": "AuthenticatedUsers",
}

# The finding blames the missing condition: an unknown one makes it
# "review", not a finding.
deny contains {"msg": msg, "path": aws.field_path(s, "Condition")} if {
	input.type in {"aws_s3_bucket_policy", "aws_s3_bucket"}
	some s in aws.statements
	aws.allow(s)
	aws.public_principal(s.principal)
	not aws.restricted(s)
	msg := sprintf("%s makes the bucket public: %s in %s allows Principal %s to %s without a condition restricting the caller.", [
		terraform.label, aws.statement_label(s), terraform.hcl_path(s.doc_path), json.marshal(s.principal), actions(s),
	])
}

actions(s) := json.marshal(s.actions) if count(s.actions) > 0

else := sprintf("everything but %s", [json.marshal(s.not_actions)])

deny contains {"msg": msg, "path": ["acl"]} if {
	input.type in {"aws_s3_bucket_acl", "aws_s3_bucket"}
	input.resource.acl in public_acls
	msg := sprintf("%s makes the bucket public with a canned ACL: %s.", [terraform.label, terraform.found(["acl"], "")])
}

deny contains {"msg": msg, "path": path} if {
	input.type == "aws_s3_bucket_acl"
	some i, p in input.resource.access_control_policy
	some j, g in p.grant
	some k, grantee in g.grantee
	group := public_groups[grantee.uri]
	path := ["access_control_policy", i, "grant", j, "grantee", k, "uri"]
	msg := sprintf("%s grants %s to the %s group: %s.", [
		terraform.label, object.get(g, "permission", "access"), group, terraform.found(path, ""),
	])
}
