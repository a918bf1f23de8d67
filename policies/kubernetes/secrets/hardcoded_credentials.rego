# METADATA
# title: No hard-coded credentials (AI API keys) in manifests
# description: |
#   A literal OPENAI_API_KEY, Azure OpenAI key, Hugging Face token or cloud
#   access key in a Deployment or ConfigMap is a secret leaked to everyone
#   who can read the repository, its history, CI logs and the cluster's
#   ConfigMaps; it cannot be rotated without a commit.
# custom:
#   id: K8S-SEC-002
#   severity: high
#   resource_types: [Pod, apps/Deployment, apps/StatefulSet, apps/DaemonSet, apps/ReplicaSet, ReplicationController, batch/Job, batch/CronJob, PodTemplate, ConfigMap]
#   formats: [kubernetes]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-8]
#   remediation:
#     kubernetes: >-
#       Remove the literal, rotate the credential, and store it in a Secret (ideally synced from Key Vault, Secrets Manager or Secret Manager through the CSI driver or External Secrets) mounted as a file; better, use workload identity instead of keys.
#   since: 0.1.0
package posture.kubernetes.secrets.hardcoded_credentials

import data.posture.lib.kubernetes as k8s

# Literal environment variables of every container.
deny contains {"msg": msg, "path": array.concat(c.path, ["env", i, "value"])} if {
	some c in k8s.containers
	some i, e in c.container.env
	value := e.value
	is_string(value)
	name := object.get(e, "name", "")
	why := reason(name, value)
	msg := sprintf("%s sets the environment variable %s to a literal %s (env[%d].value); keep it in a Secret.", [k8s.container_label(c), name, why, i])
}

# ConfigMap entries.
deny contains {"msg": msg, "path": ["data", key]} if {
	input.type == "ConfigMap"
	some key, value in input.resource.data
	is_string(value)
	why := reason(key, value)
	msg := sprintf("ConfigMap %q holds a %s under key %q; ConfigMaps are not secret, keep it in a Secret.", [input.name, why, key])
}

# reason describes why a name/value pair is a credential: the value has a
# known key format, or the name says credential and the value looks like
# one (not empty, not a placeholder, a reference, a path or a URL). It is
# undefined otherwise. The value itself is never put in a message.
reason(name, value) := sprintf("value that looks like %s", [kinds[0]]) if {
	regex.match(any_format, value)
	kinds := [kind | some [kind, pattern] in formats; regex.match(pattern, value)]
	count(kinds) > 0
} else := "credential" if {
	credential_name(name)
	plausible(value)
}

# any_format matches a value that has one of the formats: one match rules
# out most values, rather than one match per format.
any_format := concat("|", [sprintf("(?:%s)", [pattern]) | some [_, pattern] in formats])

# formats are the known credential formats, most specific first.
formats := [
	["an Anthropic API key", `sk-ant-[A-Za-z0-9_-]{20,}`],
	["an OpenAI API key", `\bsk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}`],
	["a Hugging Face token", `\bhf_[A-Za-z0-9]{30,}`],
	["an AWS access key id", `\b(AKIA|ASIA)[0-9A-Z]{16}\b`],
	["a GitHub token", `\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})`],
	["a Google API key", `\bAIza[0-9A-Za-z_-]{35}`],
	["a Slack token", `\bxox[abposr]-[0-9A-Za-z-]{10,}`],
	["a private key", `-----BEGIN [A-Z ]*PRIVATE KEY-----`],
	["an Azure storage account key", `AccountKey=[A-Za-z0-9+/]{40,}`],
	["a URL with an embedded password", `[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@`],
]

# ---- Names ----

# Words that make a name a credential on their own (API_KEY, HF_TOKEN,
# DB_PASSWORD, AWS_SECRET_ACCESS_KEY, CLIENT_SECRET, OPENAI_APIKEY).
credential_words := {
	"apikey", "api-key", "secret", "secretkey", "token", "password", "passwd",
	"passphrase", "credential", "credentials", "accesskey", "privatekey",
}

# "key" counts after one of these (API_KEY, ACCESS_KEY, ACCOUNT_KEY) or
# anywhere in the name of an AI or cloud provider (AZURE_OPENAI_KEY).
key_qualifiers := {"api", "access", "private", "secret", "account", "master", "signing", "encryption", "auth", "subscription", "primary", "secondary"}

providers := {
	"openai", "anthropic", "claude", "hf", "huggingface", "hugging", "cohere", "mistral", "gemini",
	"google", "groq", "pinecone", "langsmith", "langchain", "replicate", "together", "voyage",
	"perplexity", "azure", "aws", "cognitive", "weaviate", "qdrant", "wandb",
}

# Words that make the variable about a credential, not the credential
# itself (SECRET_NAME, TOKEN_FILE, API_KEY_PATH, TOKEN_URL, MAX_TOKENS).
meta_words := {
	"name", "file", "path", "dir", "ref", "id", "url", "uri", "endpoint", "host", "header",
	"type", "ttl", "expiry", "length", "limit", "enabled", "version", "mount", "location",
	"env", "var", "field", "prefix", "count", "size", "format", "kind", "provider", "store",
}

words(name) := [w | some w in regex.split(`[^a-z0-9]+`, lower(name)); w != ""]

credential_name(name) if {
	ws := words(name)
	not has_meta(ws)
	credential_word(ws, concat("", ws))
}

has_meta(ws) if {
	some w in ws
	w in meta_words
}

credential_word(ws, _) if {
	some w in ws
	w in credential_words
}

credential_word(ws, _) if {
	some i, w in ws
	w == "key"
	i > 0
	ws[i - 1] in key_qualifiers
}

credential_word(ws, _) if {
	"key" in ws
	some w in ws
	w in providers
}

credential_word(_, joined) if contains(joined, "apikey")

# ---- Values ----

# plausible holds for a value that could be a credential: at least 8
# characters, no whitespace, not a reference ($(VAR), ${VAR}, {{ }}), not
# a placeholder, a path, a URL, a number or a boolean.
plausible(v) if {
	count(v) >= 8
	not regex.match(`\s`, v)
	not regex.match(`^(\$\(|\$\{|\{\{|<|%)`, v)
	not regex.match(`^[0-9.:-]+$`, v)
	not startswith(v, "/")
	not contains(v, "://")
	not placeholder(lower(v))
}

placeholder(v) if v in {"changeme", "change-me", "change_me", "redacted", "password", "notasecret", "undefined"}

placeholder(v) if regex.match(`^(your|replace|example|dummy|placeholder|insert|enter|put|fake|test|sample)[-_ a-z0-9]*$`, v)

placeholder(v) if regex.match(`^(x+|\*+|\.+|-+)$`, v)
