from pyspark.sql import SparkSession
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, StandardScaler, Imputer
from pyspark.ml.classification import LogisticRegression

spark = SparkSession.builder.appName("churn").getOrCreate()
df = spark.read.csv("churn.csv", header=True, inferSchema=True)
train, test = df.randomSplit([0.8, 0.2], seed=42)
imputer = Imputer(inputCols=["tenure", "charges"], outputCols=["tenure_i", "charges_i"])
assembler = VectorAssembler(inputCols=["tenure_i", "charges_i"], outputCol="raw")
scaler = StandardScaler(inputCol="raw", outputCol="features")
lr = LogisticRegression(labelCol="churn")
model = Pipeline(stages=[imputer, assembler, scaler, lr]).fit(train)
print(model.transform(test).filter("prediction = churn").count() / test.count())
