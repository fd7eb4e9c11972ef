import preprocessing
import training

if __name__ == "__main__":
    frame = preprocessing.load("data/concrete.csv")
    X, y = preprocessing.preprocess(frame, target="strength")
    print("R^2:", training.train_and_evaluate(X, y))
