# Helpers for AWS policies. AWS resources keep their Terraform type and
# attributes; nested blocks are lists of objects (docs/CONTRACT.md), and
# posture.lib.terraform names and renders them in messages.
package posture.lib.aws

import data.posture.lib

# IAM policy documents -----------------------------------------------------

# policy_types are the resources whose `policy` attribute is a JSON policy
# document: a string, or the decoded document when it is only partly known
# (jsonencode or aws_iam_policy_document with another resource's ARN).
policy_types := {
	"aws_iam_policy",
	"aws_iam_role_policy",
	"aws_iam_user_policy",
	"aws_iam_group_policy",
	"aws_s3_bucket_policy",
	"aws_ecr_repository_policy",
	"aws_sqs_queue_policy",
	"aws_sqs_queue",
	"aws_sns_topic_policy",
	"aws_sns_topic",
}

# iam_types are the resources that carry identity-based policy documents.
iam_types := {
	"aws_iam_policy",
	"aws_iam_role_policy",
	"aws_iam_user_policy",
	"aws_iam_group_policy",
	"aws_iam_role",
}

# documents are the policy documents of the input, parsed from JSON
# (jsonencode(...) and heredoc forms), with the path of the attribute.
documents contains {"doc": doc, "path": ["policy"]} if {
	input.type in policy_types
	doc := parse_document(input.resource.policy)
}

documents contains {"doc": doc, "path": ["inline_policy", i, "policy"]} if {
	input.type == "aws_iam_role"
	some i, p in input.resource.inline_policy
	doc := parse_document(p.policy)
}

parse_document(s) := json.unmarshal(s) if {
	is_string(s)
	json.is_valid(s)
}

parse_document(o) := o if is_object(o)

# statements are the statements of the input's policy documents, with
# Action/Resource normalised to lists (AWS accepts a string or a list).
# doc_path is the attribute that holds the document, path the statement in
# it: a document built from other resources' ARNs is only partly known
# (docs/CONTRACT.md), and a finding about one statement must not turn into
# "review" because another statement names an unknown ARN.
statements contains s if {
	some d in documents
	some i, st in _statement_list(d.doc)
	is_object(st)
	s := {
		"sid": object.get(st, "Sid", sprintf("#%d", [i + 1])),
		"index": i,
		"effect": object.get(st, "Effect", ""),
		"actions": as_list(object.get(st, "Action", [])),
		"not_actions": as_list(object.get(st, "NotAction", [])),
		"resources": as_list(object.get(st, "Resource", [])),
		"not_resources": as_list(object.get(st, "NotResource", [])),
		"principal": object.get(st, "Principal", null),
		"condition": object.get(st, "Condition", {}),
		"raw": st,
		"doc_path": d.path,
		"path": _statement_path(d, i),
	}
}

_statement_list(doc) := doc.Statement if is_array(doc.Statement)

_statement_list(doc) := [doc.Statement] if is_object(doc.Statement)

_statement_path(d, i) := array.concat(d.path, ["Statement", i]) if is_array(d.doc.Statement)

else := array.concat(d.path, ["Statement"])

# element_path is the path of value in a statement field (Action, Resource,
# ...): the list element when the field is a list, else the field.
element_path(s, field, value) := array.concat(s.path, [field, i]) if {
	is_array(s.raw[field])
	some i, v in s.raw[field]
	v == value
} else := array.concat(s.path, [field])

# field_path is the path of a statement field.
field_path(s, field) := array.concat(s.path, [field])

as_list(x) := x if is_array(x)

else := [x] if is_string(x)

else := []

# allow holds for an Allow statement.
allow(s) if s.effect == "Allow"

# action_matches(pattern, action) holds when an IAM action pattern of a
# statement (`s3:*`, `iam:Pass*`, `*`) grants action (case-insensitive).
action_matches(pattern, action) if {
	is_string(pattern)
	glob.match(lower(pattern), [], lower(action))
}

# grants(s, action) holds when an Allow statement grants action through
# Action (NotAction grants everything it does not list).
grants(s, action) if {
	allow(s)
	some p in s.actions
	action_matches(p, action)
}

grants(s, action) if {
	allow(s)
	count(s.not_actions) > 0
	not _not_listed(s, action)
}

_not_listed(s, action) if {
	some p in s.not_actions
	action_matches(p, action)
}

# all_resources holds when a statement applies to every resource.
all_resources(s) if "*" in s.resources

all_resources(s) if count(s.not_resources) > 0

# all_resources_path is where a statement says it applies to every
# resource: its Resource "*" element, else its NotResource.
all_resources_path(s) := element_path(s, "Resource", "*") if "*" in s.resources

else := field_path(s, "NotResource")

# statement_label names a statement in messages.
statement_label(s) := sprintf("statement %q", [s.sid]) if not startswith(s.sid, "#")

else := sprintf("statement %s", [s.sid])

# escalation_actions lists actions (besides iam:PassRole) that let an identity raise its own privileges.
escalation_actions := [
	"iam:AddUserToGroup",
	"iam:AttachGroupPolicy",
	"iam:AttachRolePolicy",
	"iam:AttachUserPolicy",
	"iam:CreateAccessKey",
	"iam:CreateLoginProfile",
	"iam:CreatePolicyVersion",
	"iam:PutGroupPolicy",
	"iam:PutRolePolicy",
	"iam:PutUserPolicy",
	"iam:SetDefaultPolicyVersion",
	"iam:UpdateAssumeRolePolicy",
	"iam:UpdateLoginProfile",
	"lambda:UpdateFunctionCode",
	"glue:UpdateDevEndpoint",
]

# Security group ingress ---------------------------------------------------

internet_v4 := {"0.0.0.0/0"}

internet_v6 := {"::/0"}

# ingress_rules are the ingress rules of the input, in one shape:
# {"rule", "path", "protocol", "from", "to", "cidrs": [{"value", "path"}]}.
ingress_rules contains r if {
	input.type == "aws_security_group"
	some i, ing in input.resource.ingress
	r := _classic(ing, ["ingress", i])
}

ingress_rules contains r if {
	input.type == "aws_security_group_rule"
	input.resource.type == "ingress"
	r := _classic(input.resource, [])
}

ingress_rules contains r if {
	input.type == "aws_vpc_security_group_ingress_rule"
	rule := input.resource
	r := {
		"path": [],
		"protocol": lower(sprintf("%v", [object.get(rule, "ip_protocol", "")])),
		"protocol_path": ["ip_protocol"],
		"from": object.get(rule, "from_port", -1),
		"to": object.get(rule, "to_port", -1),
		"cidrs": [c |
			some k in ["cidr_ipv4", "cidr_ipv6"]
			v := rule[k]
			c := {"value": v, "path": [k]}
		],
	}
}

_classic(rule, p) := {
	"path": p,
	"protocol": lower(sprintf("%v", [object.get(rule, "protocol", "")])),
	"protocol_path": array.concat(p, ["protocol"]),
	"from": object.get(rule, "from_port", 0),
	"to": object.get(rule, "to_port", 0),
	"cidrs": [c |
		some k in ["cidr_blocks", "ipv6_cidr_blocks"]
		some j, v in object.get(rule, k, [])
		c := {"value": v, "path": array.concat(p, [k, j])}
	],
}

# all_protocols holds for protocol "-1" ("all"), where ports are ignored.
all_protocols(r) if r.protocol in {"-1", "all"}

# tcp holds for a rule that carries TCP.
tcp(r) if r.protocol in {"tcp", "6"}

tcp(r) if all_protocols(r)

# internet_cidr is a source of the rule that is the whole internet.
internet_cidr(r) := c if {
	some c in r.cidrs
	c.value in (internet_v4 | internet_v6)
}

# covers_port holds when the rule's port range includes port.
covers_port(r, _) if all_protocols(r)

covers_port(r, port) if {
	not all_protocols(r)
	is_number(r.from)
	is_number(r.to)
	r.from <= port
	port <= r.to
}

# port_range renders a rule's ports for messages.
port_range(r) := "all ports" if all_protocols(r)

else := sprintf("port %v", [r.from]) if r.from == r.to

else := sprintf("ports %v-%v", [r.from, r.to])

# rule_known holds when the protocol and ports of the rule are known.
rule_known(r) if {
	lib.known(lib.path_string(r.protocol_path))
	lib.known(lib.path_string(array.concat(r.path, ["from_port"])))
	lib.known(lib.path_string(array.concat(r.path, ["to_port"])))
}

# S3 bucket configuration resources -----------------------------------------

# bucket_configs(t) are the inputs of the resources of type t (an
# aws_s3_bucket_* configuration resource) whose `bucket` argument names the
# input bucket: by reference, or by the same literal bucket name.
bucket_configs(t) := {r |
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == t
	ref.path == "bucket"
	r := data.posture.resources[ref.id]
} | {r |
	name := input.resource.bucket
	is_string(name)
	some r in object.get(data.posture.by_type, t, {})
	r.resource.bucket == name
}

# unresolved_configs(t) holds when a resource of type t has a `bucket` the
# scan cannot resolve (an unknown value that references no resource): it
# could configure any bucket.
unresolved_configs(t) if {
	some r in object.get(data.posture.by_type, t, {})
	r.unknown.bucket
	not _refers_bucket(r)
}

_refers_bucket(r) if {
	some ref in r.refs
	ref.path == "bucket"
}

# missing_config_status is the status of a finding about a bucket without a
# configuration resource of type t: "review" when one in the scan cannot
# be resolved, else lib.graph_status (the resource may be declared
# elsewhere, §0.5).
missing_config_status(t) := "review" if unresolved_configs(t)

else := lib.graph_status

# public_principal holds for a bucket-policy principal that is everyone.
public_principal("*")

public_principal(p) if {
	is_object(p)
	some v in as_list(object.get(p, "AWS", []))
	v == "*"
}

# restricting_condition_keys limit an Allow to a network, organisation,
# account or source resource (lower case).
restricting_condition_keys := {
	"aws:sourcevpce", "aws:sourcevpc", "aws:sourceip", "aws:vpcsourceip",
	"aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
	"aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths",
	"aws:userid", "aws:username", "s3:dataaccesspointaccount", "s3:dataaccesspointarn",
}

# restricted(s) holds when a statement's Condition uses a restricting key.
restricted(s) if {
	some _, keys in s.condition
	is_object(keys)
	some k, _ in keys
	lower(k) in restricting_condition_keys
}

# Bedrock use ---------------------------------------------------------------

# bedrock_types are the resources that show Bedrock is used.
bedrock_types := {
	"aws_bedrockagent_agent",
	"aws_bedrock_guardrail",
	"aws_bedrock_custom_model",
	"aws_bedrock_provisioned_model_throughput",
	"aws_bedrockagent_knowledge_base",
}

# invokes_bedrock holds when the input's policies allow invoking Bedrock
# models or agents (bedrock:Invoke*, bedrock:*; a bare "*" is not counted).
invokes_bedrock if {
	input.type in iam_types
	some s in statements
	allow(s)
	some p in s.actions
	startswith(lower(p), "bedrock:")
	some a in ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream", "bedrock:InvokeAgent", "bedrock:Converse"]
	action_matches(p, a)
}

# bedrock_resources are the scan's Bedrock resources.
bedrock_resources := [r |
	some t in bedrock_types
	some r in object.get(data.posture.by_type, t, {})
]

# bedrock_grants are the scan's IAM resources that allow invoking Bedrock.
bedrock_grants := [r |
	some t in iam_types
	some r in object.get(data.posture.by_type, t, {})
	invokes_bedrock with input as r
]

# bedrock_used holds when the scan defines Bedrock resources or grants.
bedrock_used if count(bedrock_resources) > 0

bedrock_used if count(bedrock_grants) > 0

# Credentials written into configuration ----------------------------------

# credential_name holds for the name of an environment variable (Lambda,
# ECS) that by its name carries a credential: OPENAI_API_KEY, DB_PASSWORD,
# HF_TOKEN. Names that point at a secret kept elsewhere (DB_SECRET_ARN,
# TOKEN_URL, API_KEY_PARAMETER) do not.
credential_name(name) if {
	n := upper(name)
	some marker in _credential_markers
	contains(n, marker)
	not _reference_name(n)
}

_credential_markers := {
	"PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY",
	"ACCESS_KEY", "PRIVATE_KEY", "CREDENTIAL", "AUTH_KEY",
}

_reference_suffixes := {
	"_ARN", "_NAME", "_ID", "_URL", "_URI", "_PATH", "_FILE", "_ENDPOINT", "_REGION",
	"_PARAMETER", "_PARAM", "_SSM", "_TTL", "_HEADER", "_TYPE", "_LENGTH", "_EXPIRY", "_ENABLED",
}

_reference_name(n) if {
	some s in _reference_suffixes
	endswith(n, s)
}

# credential_value holds for a literal value that could be a credential:
# long enough to be one, not a reference to a secret store, an ARN, a
# path, a boolean or a template placeholder.
credential_value(v) if {
	is_string(v)
	count(v) >= 8
	not contains(v, " ")
	not _reference_value(lower(v))
}

_reference_value(v) if startswith(v, "arn:")

_reference_value(v) if startswith(v, "/")

_reference_value(v) if startswith(v, "{{")

_reference_value(v) if startswith(v, "${")

_reference_value(v) if startswith(v, "http://")

_reference_value(v) if startswith(v, "https://")

_reference_value(v) if regex.match(`^(changeme|placeholder|replace[_-]?me|dummy|example|xxx+|\*+)`, v)

# access_key_in(s) holds when the text s holds an AWS access key id
# (AKIA… long-term, ASIA… temporary) or names a secret access key setting.
access_key_in(s) if regex.match(`(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)`, s)

access_key_in(s) if regex.match(`(?i)aws_secret_access_key\s*[=:]\s*["']?[A-Za-z0-9/+]{40}`, s)
