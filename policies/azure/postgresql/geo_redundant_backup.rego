# METADATA
# title: PostgreSQL flexible server has geo-redundant backups
# description: |
#   Locally redundant backups are lost with the region. Geo-redundant
#   backups let the RAG store and chat history be restored in the paired
#   region.
# custom:
#   id: AZ-PG-006
#   severity: low
#   resource_types: [Microsoft.DBforPostgreSQL/flexibleServers]
#   formats: [terraform, arm]
#   control: Implement security best practices
#   compliance:
#     mcsb: [BR-1]
#   defender: Geo-redundant backup should be enabled for Azure Database for PostgreSQL
#   remediation:
#     terraform: >-
#       Set `geo_redundant_backup_enabled = true` (it can be set only when the server is created).
#     arm: >-
#       Set `"backup": {"geoRedundantBackup": "Enabled"}` in `properties` (at creation).
#   fix:
#     terraform:
#       set: {geo_redundant_backup_enabled: true}
#     arm:
#       set: {properties.backup.geoRedundantBackup: "Enabled"}
#   since: 0.2.0
package posture.azure.postgresql.geo_redundant_backup

import data.posture.lib

path := ["properties", "backup", "geoRedundantBackup"]

deny contains {"msg": msg, "path": path} if {
	value := object.get(input.resource, path, "Disabled")
	is_string(value)
	not lib.eq_ci(value, "Enabled")
	msg := sprintf("PostgreSQL flexible server %s keeps its backups in one region: %s.", [lib.label, lib.found(path, "backups stay in the region by default")])
}
