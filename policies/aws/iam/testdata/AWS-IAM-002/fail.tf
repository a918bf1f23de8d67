resource "aws_iam_policy" "ml" {
  name = "ml-pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Sid = "Models", Effect = "Allow", Action = ["sagemaker:*", "s3:GetObject"], Resource = "arn:aws:sagemaker:*:*:model/*" }, # want: AWS-IAM-002 col 53
      { Sid = "Buckets", Effect = "Allow", Action = ["s3:PutObject", "s3:Get*"], Resource = "*" }, # want: AWS-IAM-002 col 93
      { Sid = "AllBut", Effect = "Allow", NotAction = "iam:*", Resource = "*" }, # want: AWS-IAM-002 col 55
    ]
  })
}

resource "aws_iam_user_policy" "dev" {
  user   = "dev"
  policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"bedrock:*\",\"Resource\":\"*\"}]}" # want: AWS-IAM-002 col 12
}
