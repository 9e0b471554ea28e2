# if __name__ == '__main__': guards the script's entry point.
def main():
    print('main called')
    return 0


print('module body, __name__ is', __name__)
if __name__ == '__main__':
    main()
    print('guard taken')
else:
    print('guard not taken')
if __name__ != '__main__':
    print('never')
