# METADATA
# title: Cloud SQL instance has automated backups
# description: |
#   Without automated backups a deleted table, a ransomware-style wipe or a
#   bad migration of the application's data cannot be undone. Backups are
#   off unless backup_configuration.enabled is true. Read replicas, which
#   cannot hold backups, are not checked.
# custom:
#   id: GCP-SQL-004
#   severity: low
#   resource_types: [google_sql_database_instance]
#   formats: [terraform]
#   control: Implement security best practices
#   compliance:
#     mcsb: [BR-1]
#     cis-gcp: ["6.7"]
#   remediation:
#     terraform: >-
#       Set `settings { backup_configuration { enabled = true } }` (with `point_in_time_recovery_enabled = true` for PostgreSQL, `binary_log_enabled = true` for MySQL).
#   fix:
#     terraform: {set: {settings.backup_configuration.enabled: true}, create: true}
#   since: 0.2.0
package posture.gcp.sql.backups

import data.posture.lib
import data.posture.lib.terraform

path := ["settings", 0, "backup_configuration", 0, "enabled"]

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, "master_instance_name", null) == null
	lib.known("master_instance_name")
	object.get(input.resource, "replica_configuration", []) == []
	object.get(input.resource, "instance_type", "CLOUD_SQL_INSTANCE") != "READ_REPLICA_INSTANCE"
	lib.known("instance_type")
	object.get(input.resource, path, false) != true
	msg := sprintf("Cloud SQL instance %s has no automated backups: %s.", [
		terraform.label, terraform.found(path, "backups are off by default"),
	])
}
