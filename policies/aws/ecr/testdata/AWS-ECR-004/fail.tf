resource "aws_ecr_repository_policy" "pull" {
  repository = "model-server"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # want: AWS-ECR-004 col 18
      Sid       = "PublicPull"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
    }]
  })
}

resource "aws_ecr_repository_policy" "push" {
  repository = "agent"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # want: AWS-ECR-004 col 18
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "ecr:*"
    }]
  })
}
