# METADATA
# title: Only approved models deployed (parameterised allow-list)
# description: |
#   Model supply chain: a deployment of an unapproved model or publisher, or
#   of a model whose version is not pinned and upgrades itself whenever a
#   new default version ships, changes what the application runs without
#   review. The allow-list check applies only once `allowed_models` (entries
#   "name", "format/name" or "format/*") or `allowed_publishers` is
#   configured; the version pin check is on unless `require_pinned_version`
#   is set to false.
# custom:
#   id: AZ-AI-011
#   severity: medium
#   resource_types: [Microsoft.CognitiveServices/accounts/deployments]
#   formats: [terraform, arm]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [AM-2]
#   defender: Cognitive Services Deployments should only use approved Registry Models
#   remediation:
#     terraform: >-
#       Deploy only models of the approved list in `model.format` / `model.name`, and pin `model.version` (or set `version_upgrade_option = "NoAutoUpgrade"`).
#     arm: >-
#       Deploy only models of the approved list in `properties.model.format` / `properties.model.name` (and `publisher`), and pin `properties.model.version` (or set `"versionUpgradeOption": "NoAutoUpgrade"`).
#   params:
#     allowed_models: []
#     allowed_publishers: []
#     require_pinned_version: true
#   since: 0.1.0
package posture.azure.ai.approved_models

import data.posture.lib

params := lib.params("AZ-AI-011")

allowed_models := object.get(params, "allowed_models", [])

allowed_publishers := object.get(params, "allowed_publishers", [])

model := object.get(input.resource, ["properties", "model"], {})

format := object.get(model, "format", "")

approved(name) if {
	some e in allowed_models
	lower(e) in {lower(name), lower(sprintf("%s/%s", [format, name])), lower(sprintf("%s/*", [format]))}
}

deny contains {"msg": msg, "path": path} if {
	name := input.resource.properties.model.name
	count(allowed_models) > 0
	lib.known_with_ancestors(["properties", "model", "format"])
	not approved(name)
	path := ["properties", "model", "name"]
	msg := sprintf("Deployment %s runs a model that is not on the approved list: %s (format %q; approved: %s).", [
		lib.label,
		lib.found(path, ""),
		format,
		concat(", ", allowed_models),
	])
}

deny contains {"msg": msg, "path": path} if {
	publisher := input.resource.properties.model.publisher
	count(allowed_publishers) > 0
	not publisher_approved(publisher)
	path := ["properties", "model", "publisher"]
	msg := sprintf("Deployment %s runs a model from a publisher that is not approved: %s (approved: %s).", [
		lib.label,
		lib.found(path, ""),
		concat(", ", allowed_publishers),
	])
}

publisher_approved(p) if {
	some e in allowed_publishers
	lib.eq_ci(e, p)
}

deny contains {"msg": msg, "path": path} if {
	object.get(input.resource, ["properties", "model", "version"], "") == ""
	object.get(params, "require_pinned_version", true) == true
	upgrade := ["properties", "versionUpgradeOption"]
	lib.known_with_ancestors(upgrade)
	lib.eq_ci(object.get(input.resource, upgrade, "OnceNewDefaultVersionAvailable"), "OnceNewDefaultVersionAvailable")
	path := ["properties", "model", "version"]
	msg := sprintf("Deployment %s does not pin its model version and upgrades to each new default version: %s and %s.", [
		lib.label,
		lib.found(path, "the current default version"),
		lib.found(upgrade, "OnceNewDefaultVersionAvailable"),
	])
}
