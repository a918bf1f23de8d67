variable "action" {}

resource "aws_bedrock_guardrail" "pii" {
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  sensitive_information_policy_config {
    pii_entities_config {
      type   = "EMAIL"
      action = "ANONYMIZE"
    }
  }
}

resource "aws_bedrock_guardrail" "unknown" {
  name                      = "chat-2"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."

  sensitive_information_policy_config {
    regexes_config {
      name    = "api-key"
      pattern = "sk-[A-Za-z0-9]{32}"
      action  = var.action
    }
  }
}
