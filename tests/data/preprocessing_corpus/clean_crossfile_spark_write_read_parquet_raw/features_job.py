from pyspark.ml.feature import VectorAssembler
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("features").getOrCreate()
raw = spark.read.csv("churn.csv", header=True, inferSchema=True)
assembled = VectorAssembler(inputCols=["tenure", "monthly", "total"], outputCol="raw_features").transform(raw)
assembled.write.mode("overwrite").parquet("churn_features.parquet")
