from pyspark.sql import SparkSession
from pyspark.ml.feature import VectorAssembler, StandardScaler
from pyspark.ml.classification import LogisticRegression
from pyspark.ml.evaluation import BinaryClassificationEvaluator

spark = SparkSession.builder.appName("churn").getOrCreate()
df = spark.read.csv("churn.csv", header=True, inferSchema=True)
assembled = VectorAssembler(inputCols=["tenure", "monthly", "total", "calls"], outputCol="raw").transform(df)
scaler_model = StandardScaler(inputCol="raw", outputCol="features", withMean=True).fit(assembled)
scaled = scaler_model.transform(assembled)

train, test = scaled.randomSplit([0.8, 0.2], seed=42)
lr = LogisticRegression(labelCol="churn", featuresCol="features").fit(train)
auc = BinaryClassificationEvaluator(labelCol="churn").evaluate(lr.transform(test))
print("AUC", auc)
spark.stop()
