from pyspark.sql import SparkSession
from pyspark.ml import Pipeline
from pyspark.ml.feature import VectorAssembler, StandardScaler, Imputer
from pyspark.ml.classification import LogisticRegression

spark = SparkSession.builder.appName("churn").getOrCreate()
df = spark.read.csv("churn.csv", header=True, inferSchema=True)
imputer = Imputer(inputCols=["tenure", "charges"], outputCols=["tenure_i", "charges_i"])
assembler = VectorAssembler(inputCols=["tenure_i", "charges_i"], outputCol="raw")
scaler = StandardScaler(inputCol="raw", outputCol="features")
prep_model = Pipeline(stages=[imputer, assembler, scaler]).fit(df)
data = prep_model.transform(df)
train, test = data.randomSplit([0.8, 0.2], seed=42)
lr = LogisticRegression(labelCol="churn").fit(train)
print(lr.evaluate(test).accuracy)
