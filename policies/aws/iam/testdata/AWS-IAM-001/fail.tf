resource "aws_iam_policy" "admin" {
  name = "pipeline-admin"
  policy = jsonencode({ # want: AWS-IAM-001
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::training-data/*" },
      { Sid = "Everything", Effect = "Allow", Action = ["*"], Resource = "*" },
    ]
  })
}

resource "aws_iam_role" "agent" {
  name               = "bedrock-agent"
  assume_role_policy = "{}"

  inline_policy {
    name   = "all"
    policy = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": [\"*\"]}}" # want: AWS-IAM-001
  }
}

resource "aws_iam_group_policy" "heredoc" {
  group  = "ops"
  policy = trimspace( # want: AWS-IAM-001
    <<-JSON
    {"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
    JSON
  )
}
