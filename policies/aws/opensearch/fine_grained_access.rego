# METADATA
# title: OpenSearch domains use fine-grained access control
# description: |
#   Without fine-grained access control every principal the domain's access
#   policy admits can read and write every index: an agent with search
#   access to one index reads them all. advanced_security_options is
#   disabled by default; it also enables the audit log (AWS-OS-006).
# custom:
#   id: AWS-OS-005
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [PA-7]
#     aws-fsbp: [Opensearch.7]
#   remediation:
#     terraform: >-
#       Add `advanced_security_options { enabled = true internal_user_database_enabled = false
#       master_user_options { master_user_arn = ... } }` (requires HTTPS, node-to-node and at-rest
#       encryption).
#   fix:
#     none: fine-grained access control needs a master user or role and index permissions
#   since: 0.2.0
package posture.aws.opensearch.fine_grained_access

import data.posture.lib.terraform

path := ["advanced_security_options", 0, "enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, path, false) != true
	msg := sprintf("%s has no fine-grained access control: %s.", [
		terraform.label, terraform.found(path, "disabled by default"),
	])
}
