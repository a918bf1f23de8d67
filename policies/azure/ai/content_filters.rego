# METADATA
# title: Model deployments keep content filters (incl. jailbreak / indirect-attack shields) blocking
# description: |
#   Responsible AI content filters and prompt shields are the main control
#   against prompt injection (OWASP LLM01) and harmful output. A deployment
#   whose custom RAI policy disables a filter, stops it from blocking, only
#   blocks high-severity hate, sexual, violence or self-harm content, or
#   has no blocking Jailbreak filter on prompts loses that protection.
#   Deployments without a policy use the service default (Microsoft.DefaultV2).
# custom:
#   id: AZ-AI-010
#   severity: high
#   resource_types: [Microsoft.CognitiveServices/accounts/deployments]
#   formats: [terraform, arm]
#   control: Remediate security configurations
#   compliance:
#     mcsb: [PV-2]
#   defender: "[Preview]: Cognitive Services Deployments should only use allowed control / allowed prompt content filtering / allowed completion content filtering"
#   remediation:
#     terraform: >-
#       In the `azurerm_cognitive_account_rai_policy` named by `rai_policy_name`, set `filter_enabled = true` and `block_enabled = true` on every `content_filter`, use `severity_threshold` "Low" or "Medium" for Hate, Sexual, Violence and SelfHarm, and add a `content_filter { name = "Jailbreak", source = "Prompt", filter_enabled = true, block_enabled = true }`; or remove `rai_policy_name` to use the default policy.
#     arm: >-
#       In the `Microsoft.CognitiveServices/accounts/raiPolicies` named by `properties.raiPolicyName`, set `"enabled": true` and `"blocking": true` on every `contentFilters` entry, use `severityThreshold` "Low" or "Medium" for Hate, Sexual, Violence and SelfHarm, and add `{ "name": "Jailbreak", "source": "Prompt", "enabled": true, "blocking": true }`; or remove `raiPolicyName` to use the default policy.
#   since: 0.1.0
package posture.azure.ai.content_filters

import data.posture.lib

path := ["properties", "raiPolicyName"]

rai_type := "Microsoft.CognitiveServices/accounts/raiPolicies"

harm_categories := {"hate", "sexual", "violence", "selfharm"}

# The RAI policy the deployment names: through a Terraform reference, or
# by name among the policies of the same account.
policies contains res if {
	some r in input.refs
	r.path == "properties.raiPolicyName"
	res := data.posture.resources[r.target]
	res.type == rai_type
}

policies contains res if {
	name := input.resource.properties.raiPolicyName
	some pr in input.refs
	pr.path == "name"
	some res in object.get(data.posture.by_type, rai_type, {})
	lib.eq_ci(policy_name(res), name)
	some rr in res.refs
	rr.path == "name"
	rr.target == pr.target
}

# policy_name is the name of a RAI policy as the service knows it (an
# ARM child may be named "account/policy").
policy_name(res) := n if {
	parts := split(res.resource.name, "/")
	n := parts[count(parts) - 1]
}

filters(res) := object.get(res.resource, ["properties", "contentFilters"], [])

# weaknesses lists how a RAI policy weakens the default filters.
weaknesses(res) := ((disabled | not_blocking) | high_only) | no_shield if {
	fs := filters(res)
	disabled := {sprintf("the %s filter on %s is disabled", [f.name, source(f)]) |
		some f in fs
		f.enabled == false
	}
	not_blocking := {sprintf("the %s filter on %s does not block", [f.name, source(f)]) |
		some f in fs
		f.blocking == false
	}
	high_only := {sprintf("the %s filter on %s only blocks High severity", [f.name, source(f)]) |
		some f in fs
		lower(f.name) in harm_categories
		lib.eq_ci(f.severityThreshold, "High")
	}
	no_shield := {"it has no Jailbreak (prompt shield) filter on prompts" | not has_jailbreak(res)}
}

has_jailbreak(res) if {
	some f in filters(res)
	lib.eq_ci(f.name, "Jailbreak")
	lib.eq_ci(source(f), "Prompt")
}

source(f) := object.get(f, "source", "Prompt")

# filters_unknown holds when the filters of a policy could not be known.
filters_unknown(res) if {
	some k, _ in res.unknown
	startswith(k, "properties.contentFilters")
}

builtin(name) if startswith(lower(name), "microsoft.")

deny contains {"msg": msg, "path": path} if {
	name := input.resource.properties.raiPolicyName
	not builtin(name)
	some res in policies
	not filters_unknown(res)
	ws := weaknesses(res)
	count(ws) > 0
	msg := sprintf("Deployment %s uses content filter policy %q, which weakens the default filters: %s.", [
		lib.label,
		name,
		concat("; ", sort(ws)),
	])
}

deny contains {"msg": msg, "path": path, "status": lib.graph_status} if {
	name := input.resource.properties.raiPolicyName
	not builtin(name)
	count(policies) == 0
	msg := sprintf("Deployment %s uses content filter policy %q, which is not in the scanned files: its filters cannot be checked.", [lib.label, name])
}
