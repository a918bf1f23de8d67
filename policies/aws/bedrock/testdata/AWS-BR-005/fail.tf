resource "aws_bedrockagent_agent" "support" { # want: AWS-BR-005 col 1
  agent_name              = "support"
  agent_resource_role_arn = "arn:aws:iam::123456789012:role/agent"
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"
}

resource "aws_bedrock_guardrail" "chat" { # want: AWS-BR-005 col 1
  name                      = "chat"
  blocked_input_messaging   = "Blocked."
  blocked_outputs_messaging = "Blocked."
}

resource "aws_bedrock_custom_model" "tuned" { # want: AWS-BR-005 col 1
  custom_model_name     = "tuned"
  job_name              = "tuning"
  base_model_identifier = "amazon.titan-text-express-v1"
  role_arn              = "arn:aws:iam::123456789012:role/tuning"

  hyperparameters = {
    epochCount = "1"
  }

  output_data_config {
    s3_uri = "s3://models/out/"
  }

  training_data_config {
    s3_uri = "s3://datasets/train.jsonl"
  }
}
