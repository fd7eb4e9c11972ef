from pyspark.sql import SparkSession
from pyspark.ml.feature import VectorAssembler, StandardScaler
from pyspark.ml.classification import LogisticRegression

spark = SparkSession.builder.appName("churn").getOrCreate()
df = spark.read.csv("churn.csv", header=True, inferSchema=True)
df = VectorAssembler(inputCols=["tenure", "monthly", "total"], outputCol="raw").transform(df)
scaler = StandardScaler(inputCol="raw", outputCol="features", withMean=True).fit(df)
df = scaler.transform(df)
train, test = df.randomSplit([0.8, 0.2], seed=42)
model = LogisticRegression(labelCol="churn").fit(train)
print(model.evaluate(test).areaUnderROC)
