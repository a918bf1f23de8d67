# METADATA
# title: RDS databases accept IAM authentication
# description: |
#   IAM database authentication lets applications and agents connect with
#   short-lived tokens from their role instead of a long-lived password kept
#   in configuration. It applies to MySQL, MariaDB and PostgreSQL engines
#   and Aurora; iam_database_authentication_enabled defaults to false.
# custom:
#   id: AWS-RDS-003
#   severity: medium
#   resource_types: [aws_db_instance, aws_rds_cluster]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#     aws-fsbp: [RDS.10, RDS.12]
#   defender: >-
#     IAM authentication should be configured for RDS instances; IAM authentication should be configured for RDS clusters
#   remediation:
#     terraform: >-
#       Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the roles that
#       connect.
#   fix:
#     terraform:
#       set: {iam_database_authentication_enabled: true}
#   since: 0.2.0
package posture.aws.rds.iam_authentication

import data.posture.lib
import data.posture.lib.terraform

iam_engines := {"mysql", "mariadb", "postgres", "aurora", "aurora-mysql", "aurora-postgresql"}

# aws_rds_cluster.engine defaulted to "aurora" (MySQL 5.6 compatible)
# before provider v5 made it required.
default_engine := {"aws_db_instance": "", "aws_rds_cluster": "aurora"}

deny contains {"msg": msg, "path": ["iam_database_authentication_enabled"]} if {
	object.get(input.resource, "iam_database_authentication_enabled", false) != true
	lib.known("engine")
	engine := object.get(input.resource, "engine", default_engine[input.type])
	engine in iam_engines
	msg := sprintf("%s (%s) accepts password logins only: %s.", [
		terraform.label, engine, terraform.found(["iam_database_authentication_enabled"], "the default is false"),
	])
}
