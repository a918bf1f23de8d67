# METADATA
# title: OpenSearch domains publish audit logs
# description: |
#   Audit logs record who searched or changed which index: the trail needed
#   when retrieved documents leak through an AI application. A domain
#   publishes them only with a log_publishing_options block of log_type
#   "AUDIT_LOGS" (and fine-grained access control on).
# custom:
#   id: AWS-OS-006
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [Opensearch.5]
#   defender: >-
#     Elasticsearch domains should have audit logging enabled
#   remediation:
#     terraform: >-
#       Add `log_publishing_options { log_type = "AUDIT_LOGS" cloudwatch_log_group_arn =
#       aws_cloudwatch_log_group.<name>.arn }` and enable audit logging in the domain security settings.
#   fix:
#     none: audit logs need a log group with a resource policy for OpenSearch
#   since: 0.2.0
package posture.aws.opensearch.audit_logs

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": terraform.block_path("log_publishing_options")} if {
	lib.known_under("log_publishing_options")
	not audit_published
	msg := sprintf("%s publishes no audit logs: no log_publishing_options block has log_type = \"AUDIT_LOGS\".", [terraform.label])
}

audit_published if {
	some o in input.resource.log_publishing_options
	o.log_type == "AUDIT_LOGS"
	object.get(o, "enabled", true) != false
}
