resource "aws_bedrock_model_invocation_logging_configuration" "none" {
  logging_config { # want: AWS-BR-001 col 3
    text_data_delivery_enabled = false # want: AWS-BR-001 col 34
  }
}

resource "aws_bedrock_model_invocation_logging_configuration" "empty" { # want: AWS-BR-001 col 1
}
