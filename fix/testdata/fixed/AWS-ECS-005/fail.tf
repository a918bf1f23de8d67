resource "aws_ecs_task_definition" "trainer" {
  family                = "trainer"
  container_definitions = jsonencode([{ name = "trainer", image = "trainer:1" }])

  volume {
    name = "datasets"

    efs_volume_configuration { # want: AWS-ECS-005 col 5
      file_system_id     = "fs-0a1b2c3d"
      transit_encryption = "ENABLED"
    }
  }

  volume {
    name = "models"

    efs_volume_configuration {
      file_system_id     = "fs-0a1b2c3d"
      transit_encryption = "ENABLED" # want: AWS-ECS-005 col 28
    }
  }
}
