# METADATA
# title: RDS databases export logs to CloudWatch
# description: |
#   Database audit, error and connection logs show who queried the data
#   behind an AI application and from where. They stay on the instance,
#   rotated away within days, unless enabled_cloudwatch_logs_exports names
#   them; it is empty by default.
# custom:
#   id: AWS-RDS-005
#   severity: medium
#   resource_types: [aws_db_instance, aws_rds_cluster]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [RDS.9, RDS.34]
#   defender: >-
#     Database logging should be enabled
#   remediation:
#     terraform: >-
#       Set `enabled_cloudwatch_logs_exports` to the engine's logs, e.g. `["postgresql"]` for PostgreSQL or
#       `["audit", "error", "general", "slowquery"]` for MySQL.
#   fix:
#     none: which logs to export depends on the engine
#   since: 0.2.0
package posture.aws.rds.log_exports

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["enabled_cloudwatch_logs_exports"]} if {
	lib.known_under("enabled_cloudwatch_logs_exports")
	count(object.get(input.resource, "enabled_cloudwatch_logs_exports", [])) == 0
	msg := sprintf("%s exports no logs to CloudWatch: %s.", [
		terraform.label, terraform.found(["enabled_cloudwatch_logs_exports"], "no log is exported"),
	])
}
